import { readFileSync } from 'node:fs';

/** A chunk of the build's manifest (dist/.vite/manifest.json), by source module or chunk key. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** The manifest of the build the browser tests run against (dist/). */
export const buildManifest = (): Record<string, ManifestChunk> =>
  JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, ManifestChunk>;

/** The built file of a source module, from the build's manifest. */
export function fileOf(source: string): string {
  const file = buildManifest()[source]?.file;
  if (!file) throw new Error(`no chunk for ${source} in the build`);
  return file;
}

/** Whether the page asked for a built file. */
export const loaded = (requests: readonly string[], file: string): boolean =>
  requests.some((url) => url.endsWith(file));
