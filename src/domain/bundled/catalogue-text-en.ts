import catalogue from './catalogue.ts';
import { catalogueStrings, idsByName } from '../catalogue-text.ts';

// The catalogue's English text, one string per text in the order of catalogueTexts, and
// its ids in the order of their English names. The production build puts the values
// computed at build time here instead (see README.md here); loadCatalogueLanguage('en')
// puts the strings back into the catalogue.
export default catalogueStrings(catalogue, 'en');
export const byName = idsByName(catalogue, 'en');
