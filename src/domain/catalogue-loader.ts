import * as z from 'zod/mini';
import { Tool, ToolsFile, CatalogueOverlay, type CorrectionInput } from './catalogue.ts';
import { DataFileError, formatIssues, parseDataFile } from './data-errors.ts';
import { checkCatalogue } from './catalogue-checks.ts';

/**
 * Loading the catalogue: the core file, then a deployment's overlay files in order. Pure
 * functions over parsed JSON; no data file is imported here (data/catalogue-data.ts does
 * that for the app), so the schema and these functions can be used on any files.
 */

export const TOOLS_FILE = 'data/tools.json';

/** A data file's path (as messages print it) and its parsed JSON. */
export interface RawFile {
  file: string;
  raw: unknown;
}

/** Parses and checks the core tools file; throws DataFileError with every problem found. */
export function parseTools(raw: unknown, file: string = TOOLS_FILE): Tool[] {
  const { tools } = parseDataFile(file, ToolsFile, raw);
  const problems = checkCatalogue(file, tools);
  if (problems.length > 0) throw new DataFileError(file, problems);
  return tools;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The raw JSON of the core entries by id, so that a correction can be merged before parsing. */
const rawEntries = (raw: unknown): Map<string, Record<string, unknown>> => {
  const list = isRecord(raw) && Array.isArray(raw.tools) ? raw.tools : [];
  return new Map(
    list.filter(isRecord).flatMap((entry) => (typeof entry.id === 'string' ? [[entry.id, entry]] : [])),
  );
};

/**
 * Applies one overlay to the catalogue (raw entries by id, in order): hides, then corrects,
 * then adds. Returns the problems, each as `file: id.field: reason`.
 */
function applyOverlay({ file, raw }: RawFile, entries: Map<string, Record<string, unknown>>): string[] {
  const result = CatalogueOverlay.safeParse(raw);
  if (!result.success) return formatIssues(file, raw, result.error.issues);
  const overlay = result.data;
  const problems: string[] = [];

  for (const { id } of overlay.hide) {
    if (!entries.delete(id)) problems.push(`${file}: ${id}: hide names no entry of the catalogue`);
  }

  for (const correction of overlay.correct) {
    const { id, ...fields }: CorrectionInput = correction;
    delete fields.reason;
    const entry = entries.get(id);
    if (entry === undefined) {
      problems.push(`${file}: ${id}: correct names no entry of the catalogue`);
      continue;
    }
    // Top-level fields replace the core's; the merged entry must pass the same schema.
    const merged: Record<string, unknown> = { ...entry, ...fields };
    const parsed = Tool.safeParse(merged);
    if (!parsed.success) {
      const shifted = parsed.error.issues.map((issue) => ({ ...issue, path: ['correct', 0, ...issue.path] }));
      problems.push(...formatIssues(file, { correct: [merged] }, shifted));
      continue;
    }
    entries.set(id, merged);
  }

  overlay.add.forEach((tool) => {
    if (entries.has(tool.id)) {
      problems.push(`${file}: ${tool.id}: id is already in the catalogue; change it with "correct"`);
      return;
    }
    entries.set(tool.id, tool as unknown as Record<string, unknown>);
  });
  return problems;
}

/**
 * The catalogue a deployment runs: the core file with each overlay applied in the given order
 * (the app sorts them by file name). Throws DataFileError naming file, entry, field and reason;
 * with no overlays it is exactly parseTools(core).
 */
export function mergeCatalogue(core: RawFile, overlays: readonly RawFile[] = []): Tool[] {
  const coreTools = parseTools(core.raw, core.file);
  if (overlays.length === 0) return coreTools;
  const entries = rawEntries(core.raw);
  const problems = overlays.flatMap((overlay) => applyOverlay(overlay, entries));
  if (problems.length > 0) throw new DataFileError(overlays.map((o) => o.file).join(', '), problems);
  // Every entry passed the schema above; parse once more for defaults, then check references.
  const tools = z.array(Tool).parse([...entries.values()]);
  const label = [core.file, ...overlays.map((o) => o.file)].join(' + ');
  const checks = checkCatalogue(label, tools);
  if (checks.length > 0) throw new DataFileError(label, checks);
  return tools;
}
