import type { UiLanguage } from './taxonomy.ts';

/**
 * Orders two ids by code unit. The app's ids are kebab-case ASCII, which a collator would put
 * in this same order; this needs no ICU collation data, whose first use on a page is slow.
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The items by their names in `lang`, as that language orders them (Intl.Collator), the id
 * breaking a tie so the order never moves. The build runs this and ships the result (the
 * catalogue by name, the client step's other languages): a page's first Intl.Collator loads
 * its collation data, 8–16 ms of main thread at full speed and four times that on a phone.
 */
export function sortedByName<T>(
  items: readonly T[],
  lang: UiLanguage,
  name: (item: T) => string,
  id: (item: T) => string,
): T[] {
  const collator = new Intl.Collator(lang);
  return [...items].sort((a, b) => collator.compare(name(a), name(b)) || compareCodeUnits(id(a), id(b)));
}
