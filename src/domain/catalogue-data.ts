import toolsJson from '../../data/tools.json';
import { ToolsFile, type Tool } from './catalogue.ts';
import { DataFileError, parseDataFile } from './data-errors.ts';
import { checkCatalogue } from './catalogue-checks.ts';

export const TOOLS_FILE = 'data/tools.json';

/** Parses and checks the tools file; throws DataFileError with every problem found. */
export function parseTools(raw: unknown): Tool[] {
  const { tools } = parseDataFile(TOOLS_FILE, ToolsFile, raw);
  const problems = checkCatalogue(TOOLS_FILE, tools);
  if (problems.length > 0) throw new DataFileError(TOOLS_FILE, problems);
  return tools;
}

/**
 * The bundled catalogue, parsed once when the module loads. The UI loads this module with
 * the results view, not on the first screen.
 */
export const catalogue: readonly Tool[] = parseTools(toolsJson);

/** The bundled catalogue by tool id, built once. */
export const toolsById: ReadonlyMap<string, Tool> = new Map(catalogue.map((tool) => [tool.id, tool]));

/** The bundled tools with the given ids, in that order; unknown ids are skipped. */
export const toolsWithIds = (ids: readonly string[]): Tool[] => ids.flatMap((id) => toolsById.get(id) ?? []);

// Kept here too for callers that validate both files together.
export { parseTaxonomies, TAXONOMIES_FILE } from './taxonomies-data.ts';
