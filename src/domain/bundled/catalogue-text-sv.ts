import catalogue from './catalogue.ts';
import { catalogueStrings } from '../catalogue-text.ts';

// The catalogue's Swedish text, one string per text in the order of catalogueTexts. The
// production build puts the strings taken out of the catalogue at build time here instead
// (see README.md here); loadCatalogueLanguage('sv') puts them back into the catalogue.
export default catalogueStrings(catalogue, 'sv');
