import bundledTaxonomies from './bundled/taxonomies.ts';
import type { TaxonomiesFile } from './taxonomies.ts';

export { parseTaxonomies, TAXONOMIES_FILE } from './taxonomies.ts';

/** The bundled taxonomy labels. Small: needed on the first screen. */
export const taxonomies: TaxonomiesFile = bundledTaxonomies;
