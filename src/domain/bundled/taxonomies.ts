import taxonomiesJson from '../../../data/taxonomies.json';
import { parseTaxonomies } from '../taxonomies.ts';

// data/taxonomies.json, parsed when this module loads. The production build puts the value
// parsed at build time here instead (see README.md in this folder).
export default parseTaxonomies(taxonomiesJson);
