import bundledCatalogue, { localOverlays } from './bundled/catalogue.ts';
import type { Tool } from './catalogue.ts';

export { localOverlays };

/**
 * The bundled catalogue with the deployment's overlays. The UI loads this module with the
 * results view, not on the first screen. It holds data only: the catalogue's schemas and
 * loader (catalogue-loader.ts) stay out of the app, whose build parses the data beforehand.
 */
export const catalogue: readonly Tool[] = bundledCatalogue;

/** The bundled catalogue by tool id, built once. */
export const toolsById: ReadonlyMap<string, Tool> = new Map(catalogue.map((tool) => [tool.id, tool]));

/** The bundled tools with the given ids, in that order; unknown ids are skipped. */
export const toolsWithIds = (ids: readonly string[]): Tool[] => ids.flatMap((id) => toolsById.get(id) ?? []);
