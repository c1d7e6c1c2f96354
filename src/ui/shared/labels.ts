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

// One list formatter per language for the whole app: building an Intl formatter is slow (a
// profile of the results found a new one per call taking more time than any component).
const conjunctions = new Map<string, Intl.ListFormat>();
const conjunctionIn = (lang: string): Intl.ListFormat => {
  const found = conjunctions.get(lang) ?? new Intl.ListFormat(lang, { type: 'conjunction' });
  conjunctions.set(lang, found);
  return found;
};

/** Label lookups for taxonomy ids, in the current UI language. */
export function useLabels() {
  const lang = useUiLanguage();
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
    // Built on first use: the first screen lists nothing and need not pay for a formatter.
    const list = (taxonomy: TaxonomyName, ids: readonly string[]) =>
      conjunctionIn(lang).format(ids.map((id) => label(taxonomy, id)));
    return { lang, label, ageGroup, list };
  }, [lang]);
}
