import bundledTaxonomies, { otherLanguagesInOrder as bundledOrder } from './bundled/taxonomies.ts';
import type { OtherClientLanguageId, TaxonomiesFile } from './taxonomies.ts';
import type { UiLanguage } from './taxonomy.ts';

export { parseTaxonomies, TAXONOMIES_FILE } from './taxonomies.ts';

/** The bundled taxonomy labels. Small: needed on the first screen. */
export const taxonomies: TaxonomiesFile = bundledTaxonomies;

/** The client step's "another language" list in the order of its labels, per UI language. */
export const otherLanguagesInOrder: Readonly<Record<UiLanguage, readonly OtherClientLanguageId[]>> =
  bundledOrder;
