import { useTranslation } from 'react-i18next';
import { useCallback, useMemo } from 'react';
import { taxonomies } from '../../domain/taxonomies-data.ts';
import type { LocalizedText, UiLanguage } from '../../domain/taxonomy.ts';
import { isUiLanguage } from '../../i18n/i18n.ts';

export type TaxonomyName =
  | 'needs'
  | 'channels'
  | 'access'
  | 'languages'
  | 'providerTypes'
  | 'audiences'
  | 'kinds'
  | 'platforms'
  | 'flags';

/** The current UI language as a typed value. */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return isUiLanguage(i18n.language) ? i18n.language : 'fi';
}

/** Picks the text for the current UI language from a `{ fi, sv, en }` data object. */
export function useLocalized() {
  const lang = useUiLanguage();
  return useCallback((text: LocalizedText) => text[lang], [lang]);
}

/** Label lookups for taxonomy ids, in the current UI language. */
export function useLabels() {
  // One useTranslation, not two: each call builds a wrapper of the i18next instance on mount,
  // and the results call this hook a few times per card.
  const { t, i18n } = useTranslation('common');
  const lang: UiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'fi';
  return useMemo(() => {
    const label = (taxonomy: TaxonomyName, id: string): string => {
      const entry = (taxonomies[taxonomy] as Record<string, LocalizedText | undefined>)[id];
      return entry ? entry[lang] : id;
    };
    const ageGroup = (id: string): string => {
      const entry = (
        taxonomies.ageGroups as Record<string, { label: LocalizedText; range: string } | undefined>
      )[id];
      return entry ? `${entry.label[lang]} (${entry.range})` : id;
    };
    // "a, b ja c" from the locale's strings, not Intl.ListFormat: the first Intl.ListFormat of
    // a page load costs 15-45 ms of main thread (ICU's list data), the largest single item in
    // a profile of the results on a phone. The strings give the same text as Intl's.
    const conjunction = (items: readonly string[]): string => {
      if (items.length < 2) return items.join('');
      return t(items.length === 2 ? 'conjunction.two' : 'conjunction.more', {
        first: items.slice(0, -1).join(', '),
        last: items.at(-1),
      });
    };
    const list = (taxonomy: TaxonomyName, ids: readonly string[]): string =>
      conjunction(ids.map((id) => label(taxonomy, id)));
    return { lang, label, ageGroup, conjunction, list };
  }, [lang, t]);
}
