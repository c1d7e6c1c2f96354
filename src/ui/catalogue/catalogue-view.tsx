import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../domain/catalogue-data.ts';
import { AUDIENCE_IDS, NEED_IDS, type AudienceId, type NeedId } from '../../domain/taxonomy.ts';
import { useLabels } from '../labels.ts';
import { StepFrame } from '../wizard/step-frame.tsx';
import { CatalogueEntry } from './catalogue-entry.tsx';
import {
  buildSearchIndex,
  matchesFilters,
  NO_FILTERS,
  sortByName,
  type CatalogueFilters,
} from './catalogue-search.ts';

const searchIndex = buildSearchIndex(catalogue);

const isNeed = (value: string): value is NeedId => (NEED_IDS as readonly string[]).includes(value);
const isAudience = (value: string): value is AudienceId =>
  (AUDIENCE_IDS as readonly string[]).includes(value);

/**
 * Every method of the catalogue, found by searching (name, included items, provider and
 * summary in all three languages) or by need and audience, in a stable order by name.
 */
export function CatalogueView() {
  const { t } = useTranslation('results');
  const { lang, label } = useLabels();
  const [filters, setFilters] = useState<CatalogueFilters>(NO_FILTERS);
  // Typing stays quick: the list follows the field a moment later when the device is slow.
  const shown = useDeferredValue(filters);
  const searchRef = useRef<HTMLInputElement>(null);
  const ids = {
    search: useId(),
    searchHint: useId(),
    need: useId(),
    audience: useId(),
  };

  const sorted = useMemo(() => sortByName(catalogue, lang), [lang]);
  const visible = useMemo(
    () => sorted.filter((tool) => matchesFilters(tool, shown, searchIndex)),
    [sorted, shown],
  );

  const clear = () => {
    setFilters(NO_FILTERS);
    searchRef.current?.focus();
  };

  return (
    <StepFrame
      title={t('catalogue.title')}
      focusOnMount={false}
      intro={<p>{t('catalogue.intro', { count: catalogue.length })}</p>}
    >
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
            onChange={(e) => setFilters((f) => ({ ...f, query: e.target.value }))}
          />
          <p id={ids.searchHint} className="hint">
            {t('catalogue.searchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.need}>{t('catalogue.need')}</label>
          <select
            id={ids.need}
            value={filters.need}
            onChange={(e) => {
              const value = e.target.value;
              setFilters((f) => ({ ...f, need: isNeed(value) ? value : 'all' }));
            }}
          >
            <option value="all">{t('catalogue.allNeeds')}</option>
            {NEED_IDS.map((id) => (
              <option key={id} value={id}>
                {label('needs', id)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.audience}>{t('catalogue.audience')}</label>
          <select
            id={ids.audience}
            value={filters.audience}
            onChange={(e) => {
              const value = e.target.value;
              setFilters((f) => ({ ...f, audience: isAudience(value) ? value : 'all' }));
            }}
          >
            <option value="all">{t('catalogue.allAudiences')}</option>
            {AUDIENCE_IDS.map((id) => (
              <option key={id} value={id}>
                {label('audiences', id)}
              </option>
            ))}
          </select>
        </div>
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
    </StepFrame>
  );
}
