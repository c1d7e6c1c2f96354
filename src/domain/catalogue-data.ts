import toolsJson from '../../data/tools.json';
import type { Tool } from './catalogue.ts';
import { mergeCatalogue, TOOLS_FILE, type RawFile } from './catalogue-loader.ts';

/**
 * A deployment's overlays, data/local/*.json, bundled at build time in file-name order. Only
 * the bundler (Vite, Vitest) knows import.meta.glob; under plain tsx (scripts) there are none
 * here, and scripts/validate-data.ts reads the overlays from disk itself.
 */
const localModules: Record<string, unknown> =
  import.meta.env === undefined
    ? {}
    : import.meta.glob('../../data/local/*.json', { eager: true, import: 'default' });

export const localOverlays: readonly RawFile[] = Object.keys(localModules)
  .sort()
  .map((path) => ({ file: path.replace(/^(\.\.\/)+/, ''), raw: localModules[path] }));

/**
 * The bundled catalogue with the deployment's overlays, parsed once when the module loads.
 * The UI loads this module with the results view, not on the first screen.
 */
export const catalogue: readonly Tool[] = mergeCatalogue({ file: TOOLS_FILE, raw: toolsJson }, localOverlays);

/** The bundled catalogue by tool id, built once. */
export const toolsById: ReadonlyMap<string, Tool> = new Map(catalogue.map((tool) => [tool.id, tool]));

/** The bundled tools with the given ids, in that order; unknown ids are skipped. */
export const toolsWithIds = (ids: readonly string[]): Tool[] => ids.flatMap((id) => toolsById.get(id) ?? []);

// Kept here for callers that parse a tools file or validate both files together.
export { parseTools, TOOLS_FILE } from './catalogue-loader.ts';
export { parseTaxonomies, TAXONOMIES_FILE } from './taxonomies-data.ts';
