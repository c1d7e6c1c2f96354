import taxonomiesJson from '../../data/taxonomies.json';
import { TaxonomiesFile } from './taxonomies.ts';
import { parseDataFile } from './data-errors.ts';

export const TAXONOMIES_FILE = 'data/taxonomies.json';

export const parseTaxonomies = (raw: unknown): TaxonomiesFile =>
  parseDataFile(TAXONOMIES_FILE, TaxonomiesFile, raw);

/** The bundled taxonomy labels, parsed once when the module loads. Small: needed on the first screen. */
export const taxonomies: TaxonomiesFile = parseTaxonomies(taxonomiesJson);
