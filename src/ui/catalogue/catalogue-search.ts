import { articleProviderIfChanged, type Tool } from '../../domain/catalogue.ts';
import type { AudienceId, NeedId, UiLanguage } from '../../domain/taxonomy.ts';
import { foldText } from '../shared/fold-text.ts';

/** What the practitioner has typed and chosen above the catalogue. */
export interface CatalogueFilters {
  query: string;
  need: NeedId | 'all';
  audience: AudienceId | 'all';
}

export const NO_FILTERS: CatalogueFilters = { query: '', need: 'all', audience: 'all' };

/** The words of a query, folded; empty when there is nothing to search for. */
export const queryTerms = (query: string): string[] => foldText(query).split(' ').filter(Boolean);

/**
 * The text a tool is found by: its name, the names of what it includes, its provider (today's
 * and the article's) and its summary in the given UI languages: all three once their text is
 * loaded (catalogue-text.ts), so a Swedish word finds a tool while the UI is in Finnish and
 * "Espoo" still finds what Espoo ran in the article.
 */
export function searchText(tool: Tool, languages: readonly UiLanguage[]): string {
  const parts: string[] = [];
  for (const lang of languages) {
    parts.push(tool.name[lang], tool.provider[lang], tool.summary[lang]);
    const then = articleProviderIfChanged(tool, lang);
    if (then) parts.push(then);
  }
  for (const item of tool.includes) parts.push(item.name);
  return foldText(parts.join('\n'));
}

/** Builds the search index of the given languages' text: tool id -> folded text. */
export const buildSearchIndex = (
  tools: readonly Tool[],
  languages: readonly UiLanguage[],
): ReadonlyMap<string, string> => new Map(tools.map((tool) => [tool.id, searchText(tool, languages)]));

/** True when every word of the query occurs in the tool's text and the tool passes both filters. */
export function matchesFilters(
  tool: Tool,
  filters: CatalogueFilters,
  index: ReadonlyMap<string, string>,
): boolean {
  if (filters.need !== 'all' && !tool.needs.includes(filters.need)) return false;
  if (filters.audience !== 'all' && !tool.audience.includes(filters.audience)) return false;
  const terms = queryTerms(filters.query);
  if (terms.length === 0) return true;
  const text = index.get(tool.id) ?? '';
  return terms.every((term) => text.includes(term));
}
