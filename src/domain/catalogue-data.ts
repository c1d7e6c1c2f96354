import toolsJson from '../../data/tools.json';
import taxonomiesJson from '../../data/taxonomies.json';
import { ToolsFile, type Tool } from './catalogue.ts';
import { TaxonomiesFile } from './taxonomies.ts';
import { DataFileError, parseDataFile } from './data-errors.ts';
import { checkCatalogue } from './catalogue-checks.ts';

export const TOOLS_FILE = 'data/tools.json';
export const TAXONOMIES_FILE = 'data/taxonomies.json';

/** Parses and checks the tools file; throws DataFileError with every problem found. */
export function parseTools(raw: unknown): Tool[] {
  const { tools } = parseDataFile(TOOLS_FILE, ToolsFile, raw);
  const problems = checkCatalogue(TOOLS_FILE, tools);
  if (problems.length > 0) throw new DataFileError(TOOLS_FILE, problems);
  return tools;
}

export const parseTaxonomies = (raw: unknown): TaxonomiesFile => parseDataFile(TAXONOMIES_FILE, TaxonomiesFile, raw);

/** The bundled catalogue, parsed once when the module loads. */
export const catalogue: readonly Tool[] = parseTools(toolsJson);
export const taxonomies: TaxonomiesFile = parseTaxonomies(taxonomiesJson);
