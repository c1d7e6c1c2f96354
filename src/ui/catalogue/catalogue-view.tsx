import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../domain/catalogue-data.ts';
import { loadCatalogueLanguage, loadedOrderByName, sortByName } from '../../domain/catalogue-text.ts';
import { AUDIENCE_IDS, NEED_IDS, UI_LANGUAGES } from '../../domain/taxonomy.ts';
import { useLabels } from '../shared/labels.ts';
import { CatalogueFrame } from './catalogue-frame.tsx';
import { TaxonomySelect } from '../shared/taxonomy-select.tsx';
import { CatalogueEntry } from './catalogue-entry.tsx';
import {
  queryTerms,
  buildSearchIndex,
  matchesFilters,
  NO_FILTERS,
  type CatalogueFilters,
} from './catalogue-search.ts';

const NO_INDEX: ReadonlyMap<string, string> = new Map();

/**
 * Every method of the catalogue, found by searching (name, included items, provider and
 * summary in all three languages) or by need and audience, in a stable order by name.
 */
export function CatalogueView() {
  const { t } = useTranslation('results');
  const { lang } = useLabels();
  const [filters, setFilters] = useState<CatalogueFilters>(NO_FILTERS);
  // Typing stays quick: the list follows the field a moment later when the device is slow.
  const shown = useDeferredValue(filters);
  const searchRef = useRef<HTMLInputElement>(null);
  const ids = {
    search: useId(),
    searchHint: useId(),
  };

  // The search matches the text in every language, whose other two languages load when the
  // practitioner first comes to the search field; until they are there it matches the UI
  // language's, and what was typed meanwhile is matched again once they are.
  // (loadCatalogueLanguage loads each language once, and again on the next try after a failure.)
  const [allLanguages, setAllLanguages] = useState(false);
  const loadAllLanguages = () => {
    if (allLanguages) return;
    Promise.all(UI_LANGUAGES.map(loadCatalogueLanguage)).then(
      () => setAllLanguages(true),
      () => undefined,
    );
  };
  // Built when the practitioner first searches: folding the text of 86 entries was most of
  // a long task when the list first appeared on a phone-speed CPU.
  const searching = queryTerms(shown.query).length > 0;
  const searchIndex = useMemo(
    () => (searching ? buildSearchIndex(catalogue, allLanguages ? UI_LANGUAGES : [lang]) : NO_INDEX),
    [searching, allLanguages, lang],
  );

  // The order computed at build time with the language's text, not an Intl.Collator here.
  const sorted = useMemo(() => sortByName(catalogue, lang, loadedOrderByName(lang)), [lang]);
  const visible = useMemo(
    () => sorted.filter((tool) => matchesFilters(tool, shown, searchIndex)),
    [sorted, shown, searchIndex],
  );

  const clear = () => {
    setFilters(NO_FILTERS);
    searchRef.current?.focus();
  };

  return (
    <CatalogueFrame count={catalogue.length}>
      <form
        className="filters catalogue-filters"
        role="search"
        aria-label={t('catalogue.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field catalogue-filters__search">
          <label htmlFor={ids.search}>{t('catalogue.search')}</label>
          <input
            ref={searchRef}
            id={ids.search}
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.searchHint}
            value={filters.query}
            onFocus={loadAllLanguages}
            onChange={(e) => {
              loadAllLanguages();
              setFilters((f) => ({ ...f, query: e.target.value }));
            }}
          />
          <p id={ids.searchHint} className="hint">
            {t('catalogue.searchHint')}
          </p>
        </div>
        <TaxonomySelect
          label={t('catalogue.need')}
          allLabel={t('catalogue.allNeeds')}
          taxonomy="needs"
          ids={NEED_IDS}
          value={filters.need}
          onChange={(need) => setFilters((f) => ({ ...f, need }))}
        />
        <TaxonomySelect
          label={t('catalogue.audience')}
          allLabel={t('catalogue.allAudiences')}
          taxonomy="audiences"
          ids={AUDIENCE_IDS}
          value={filters.audience}
          onChange={(audience) => setFilters((f) => ({ ...f, audience }))}
        />
        <p className="hint" aria-live="polite">
          {t('catalogue.status', { count: visible.length, total: catalogue.length })}
        </p>
      </form>

      {visible.length > 0 ? (
        <ul className="tool-list catalogue-list">
          {visible.map((tool) => (
            <li key={tool.id}>
              <CatalogueEntry tool={tool} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="notice notice--info catalogue-empty">
          <p>{t('catalogue.empty')}</p>
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('catalogue.clear')}
          </button>
        </div>
      )}
    </CatalogueFrame>
  );
}
