import toolsJson from '../../../data/tools.json';
import { mergeCatalogue, TOOLS_FILE, type RawFile } from '../catalogue-loader.ts';

/**
 * A deployment's overlays, data/local/*.json, bundled in file-name order. Only the bundler
 * (Vite, Vitest) knows import.meta.glob; under plain tsx (scripts) there are none here, and
 * scripts read the overlays from disk themselves.
 */
const localModules: Record<string, unknown> =
  import.meta.env === undefined
    ? {}
    : import.meta.glob('../../../data/local/*.json', { eager: true, import: 'default' });

export const localOverlays: readonly RawFile[] = Object.keys(localModules)
  .sort()
  .map((path) => ({ file: path.replace(/^(\.\.\/)+/, ''), raw: localModules[path] }));

// data/tools.json with the overlays merged, parsed when this module loads. The production
// build puts the value merged and parsed at build time here instead (see README.md here).
export default mergeCatalogue({ file: TOOLS_FILE, raw: toolsJson }, localOverlays);
