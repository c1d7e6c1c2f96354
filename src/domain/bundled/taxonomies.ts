import taxonomiesJson from '../../../data/taxonomies.json';
import { otherLanguagesByName, parseTaxonomies } from '../taxonomies.ts';

// data/taxonomies.json, parsed when this module loads, and the client step's other languages
// in the order of their labels. The production build puts the values computed at build time
// here instead (see README.md in this folder).
const taxonomies = parseTaxonomies(taxonomiesJson);
export default taxonomies;
export const otherLanguagesInOrder = otherLanguagesByName(taxonomies);
