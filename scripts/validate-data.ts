/**
 * Checks every data file against its domain schema: `npm run validate-data`.
 * Prints one line per problem (file, entry id, field, reason) and exits 1, or a short
 * summary per file and exits 0.
 *
 * To check another data file, add one line to DATA_FILES naming the file and the
 * domain function that parses it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DataFileError } from '../src/domain/data-errors.ts';
import { STATUS_STATES, type Tool } from '../src/domain/catalogue.ts';
import type { TaxonomiesFile } from '../src/domain/taxonomies.ts';
import type { RawFile } from '../src/domain/catalogue-loader.ts';

type Parse = (raw: unknown) => unknown;

/** What one run has learnt so far: the merged catalogue, for the files checked after it. */
interface Context {
  root: string;
  /** The overlays found in data/local/, read from disk (invalid JSON already reported). */
  overlays: RawFile[];
  catalogue?: Tool[];
}

interface DataFile {
  /** Path from the repository root, as the messages print it. */
  file: string;
  /**
   * Loads the domain parse function lazily: some loader modules also parse the bundled
   * files when they are imported, and a static import would stop this script at the
   * first bad file instead of reporting every problem in every file.
   */
  parser: (context: Context) => Promise<Parse>;
  /** The summary line shown when the file is valid. */
  describe?: (parsed: never, context: Context) => string;
}

/** Counts per status, for the summary and for the closing note of a review. */
export const statusCounts = (tools: readonly Tool[]): string =>
  STATUS_STATES.map((state) => `${tools.filter((t) => t.status.state === state).length} ${state}`).join(', ');

const DATA_FILES: DataFile[] = [
  {
    file: 'data/taxonomies.json',
    parser: async () => import('../src/domain/taxonomies-data.ts').then((m) => m.parseTaxonomies),
    describe: (t: TaxonomiesFile) =>
      `${Object.keys(t.needs).length} needs in ${t.needGroups.length} groups, ${Object.keys(t.languages).length} languages`,
  },
  {
    file: 'data/tools.json',
    // The core file with the deployment's overlays (data/local/*.json) merged in file-name order.
    parser: (context) =>
      import('../src/domain/catalogue-loader.ts').then((m) => (raw: unknown) => {
        context.catalogue = m.mergeCatalogue({ file: m.TOOLS_FILE, raw }, context.overlays);
        return context.catalogue;
      }),
    describe: (tools: Tool[], { overlays }) =>
      `${tools.length} entries (${statusCounts(tools)}), ${tools.reduce((n, t) => n + t.inferred.length, 0)} inferred fields` +
      (overlays.length > 0 ? `, with ${overlays.map((o) => o.file).join(', ')}` : ''),
  },
  {
    file: 'data/ethics-rules.json',
    parser: () => import('../src/domain/ethics.ts').then((m) => m.parseEthicsRules),
    describe: (rules: { kind: string }[]) =>
      `${rules.length} rules (${['must', 'check', 'reflect'].map((k) => `${rules.filter((r) => r.kind === k).length} ${k}`).join(', ')})`,
  },
  {
    file: 'data/scenarios.json',
    // Also checks every expert tool and ethics rule against the catalogue and the rules.
    parser: (context) =>
      Promise.all([import('../src/domain/scenario.ts'), import('../src/domain/ethics-data.ts')]).then(
        ([s, e]) =>
          (raw: unknown) => {
            if (context.catalogue === undefined)
              throw new DataFileError('data/scenarios.json', [
                'data/scenarios.json: (file): not checked yet; fix data/tools.json first',
              ]);
            return s.parseScenarios(raw, {
              toolIds: new Set(context.catalogue.map((t) => t.id)),
              ethicsRuleIds: new Set(e.ethicsRules.map((r) => r.id)),
            });
          },
      ),
    describe: (list: { humanContactFirst: boolean }[]) =>
      `${list.length} scenarios (${list.filter((x) => x.humanContactFirst).length} human contact first)`,
  },
];

/**
 * A DataFileError from any copy of the domain module (loaders are imported lazily, and a test
 * runner may load them afresh), so not by instanceof.
 */
const isDataFileError = (error: unknown): error is DataFileError =>
  error instanceof Error &&
  error.name === 'DataFileError' &&
  Array.isArray((error as DataFileError).problems);

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The error's message on one line, so that each problem stays one line. */
const oneLine = (error: unknown, root: string) =>
  String(error instanceof Error ? error.message : error)
    .replace(/\s+/g, ' ')
    .replace(root, '')
    .slice(0, 300);

async function readJson(root: string, file: string): Promise<{ raw: unknown } | { problem: string }> {
  try {
    return { raw: JSON.parse(await readFile(root + file, 'utf8')) };
  } catch (error) {
    return { problem: `${file}: (file): is not valid JSON: ${oneLine(error, root)}` };
  }
}

/** The overlays in data/local/ (only *.json; an example ending in .json.disabled is not read). */
async function readOverlays(root: string): Promise<{ overlays: RawFile[]; problems: string[] }> {
  const names = await readdir(`${root}data/local`).catch(() => [] as string[]);
  const overlays: RawFile[] = [];
  const problems: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const file = `data/local/${name}`;
    const read = await readJson(root, file);
    if ('raw' in read) overlays.push({ file, raw: read.raw });
    else problems.push(read.problem);
  }
  return { overlays, problems };
}

async function check(
  { file, parser, describe }: DataFile,
  context: Context,
): Promise<{ problems: string[]; summary?: string }> {
  const read = await readJson(context.root, file);
  if (!('raw' in read)) return { problems: [read.problem] };
  let parse: Parse;
  try {
    parse = await parser(context);
  } catch (error) {
    // The loader module failed while parsing its bundled files. Its problems name their
    // own file; this file can only be checked once that one is fixed.
    const blocker = isDataFileError(error) ? error.file : undefined;
    if (blocker === file && isDataFileError(error)) return { problems: [...error.problems] };
    const notChecked = `${file}: (file): not checked yet; fix ${blocker ?? 'the error above'} first`;
    return {
      problems: isDataFileError(error)
        ? [...error.problems, notChecked]
        : [`(loader): ${oneLine(error, context.root)}`, notChecked],
    };
  }
  try {
    const parsed = parse(read.raw);
    return { problems: [], summary: describe ? describe(parsed as never, context) : 'valid' };
  } catch (error) {
    if (isDataFileError(error)) return { problems: [...error.problems] };
    throw error;
  }
}

/**
 * Checks every data file under `root` (a repository root ending in "/"), with the overlays
 * of its data/local/. Returns one line per problem, or one summary line per file.
 */
export async function validateData(
  root: string = repoRoot,
): Promise<{ problems: string[]; summaries: string[] }> {
  const problems = new Set<string>();
  const summaries: string[] = [];
  const local = await readOverlays(root);
  local.problems.forEach((p) => problems.add(p));
  const context: Context = { root, overlays: local.overlays };
  for (const dataFile of DATA_FILES) {
    const result = await check(dataFile, context);
    // A loader that fails at import reports its own file's problems, possibly under
    // another entry; every line names its file, so duplicates are simply dropped.
    result.problems.forEach((p) => problems.add(p));
    if (result.summary !== undefined) summaries.push(`${dataFile.file}: ${result.summary}`);
  }
  return { problems: [...problems], summaries };
}

const runAsScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runAsScript) {
  const { problems, summaries } = await validateData();
  if (problems.length > 0) {
    for (const line of problems) console.error(line);
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found. See docs/data.md.`);
    process.exit(1);
  }
  for (const line of summaries) console.log(line);
}
