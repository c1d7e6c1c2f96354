import catalogue from './catalogue.ts';
import { catalogueStrings, idsByName } from '../catalogue-text.ts';

// The catalogue's Finnish text, one string per text in the order of catalogueTexts, and
// its ids in the order of their Finnish names. The production build puts the values
// computed at build time here instead (see README.md here); loadCatalogueLanguage('fi')
// puts the strings back into the catalogue.
export default catalogueStrings(catalogue, 'fi');
export const byName = idsByName(catalogue, 'fi');
