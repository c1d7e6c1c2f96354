import { catalogue } from '../domain/catalogue-data.ts';
import { indexCatalogue } from '../engine/recommend.ts';

/** The catalogue indexed for the engine, once, when the app loads it. */
export const catalogueIndex = indexCatalogue(catalogue);
