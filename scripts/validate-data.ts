/**
 * Checks every data file against its domain schema: `npm run validate-data`.
 * Prints one line per problem (file, entry id, field, reason) and exits 1, or a short
 * summary per file and exits 0.
 *
 * To check another data file, add one line to DATA_FILES naming the file and the
 * domain function that parses it.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DataFileError } from '../src/domain/data-errors.ts';
import { STATUS_STATES, type Tool } from '../src/domain/catalogue.ts';
import type { TaxonomiesFile } from '../src/domain/taxonomies.ts';

type Parse = (raw: unknown) => unknown;

interface DataFile {
  /** Path from the repository root, as the messages print it. */
  file: string;
  /**
   * Loads the domain parse function lazily: the loader modules also parse the bundled
   * files when they are imported, and a static import would stop this script at the
   * first bad file instead of reporting every problem in every file.
   */
  parser: () => Promise<Parse>;
  /** The summary line shown when the file is valid. */
  describe?: (parsed: never) => string;
}

const DATA_FILES: DataFile[] = [
  {
    file: 'data/taxonomies.json',
    parser: () => import('../src/domain/taxonomies-data.ts').then((m) => m.parseTaxonomies),
    describe: (t: TaxonomiesFile) =>
      `${Object.keys(t.needs).length} needs in ${t.needGroups.length} groups, ${Object.keys(t.languages).length} languages`,
  },
  {
    file: 'data/tools.json',
    parser: () => import('../src/domain/catalogue-data.ts').then((m) => m.parseTools),
    describe: (tools: Tool[]) =>
      `${tools.length} entries (${STATUS_STATES.map((state) => `${tools.filter((t) => t.status.state === state).length} ${state}`).join(', ')}), ${tools.reduce((n, t) => n + t.inferred.length, 0)} inferred fields`,
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
    parser: () =>
      Promise.all([
        import('../src/domain/scenario.ts'),
        import('../src/domain/catalogue-data.ts'),
        import('../src/domain/ethics.ts'),
      ]).then(
        ([s, c, e]) =>
          (raw: unknown) =>
            s.parseScenarios(raw, {
              toolIds: new Set(c.catalogue.map((t) => t.id)),
              ethicsRuleIds: new Set(e.ethicsRules.map((r) => r.id)),
            }),
      ),
    describe: (list: { humanContactFirst: boolean }[]) =>
      `${list.length} scenarios (${list.filter((x) => x.humanContactFirst).length} human contact first)`,
  },
];

const root = fileURLToPath(new URL('..', import.meta.url));

/** The error's message on one line, so that each problem stays one line. */
const oneLine = (error: unknown) =>
  String(error instanceof Error ? error.message : error)
    .replace(/\s+/g, ' ')
    .replace(root, '')
    .slice(0, 300);

async function check({
  file,
  parser,
  describe,
}: DataFile): Promise<{ problems: string[]; summary?: string }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(root + file, 'utf8'));
  } catch (error) {
    return { problems: [`${file}: (file): is not valid JSON: ${oneLine(error)}`] };
  }
  let parse: Parse;
  try {
    parse = await parser();
  } catch (error) {
    // The loader module failed while parsing its bundled files. Its problems name their
    // own file; this file can only be checked once that one is fixed.
    const blocker = error instanceof DataFileError ? error.file : undefined;
    if (blocker === file && error instanceof DataFileError) return { problems: [...error.problems] };
    const notChecked = `${file}: (file): not checked yet; fix ${blocker ?? 'the error above'} first`;
    return {
      problems:
        error instanceof DataFileError
          ? [...error.problems, notChecked]
          : [`(loader): ${oneLine(error)}`, notChecked],
    };
  }
  try {
    const parsed = parse(raw);
    return { problems: [], summary: describe ? describe(parsed as never) : 'valid' };
  } catch (error) {
    if (error instanceof DataFileError) return { problems: [...error.problems] };
    throw error;
  }
}

const problems = new Set<string>();
const summaries: string[] = [];
for (const dataFile of DATA_FILES) {
  const result = await check(dataFile);
  // A loader that fails at import reports its own file's problems, possibly under
  // another entry; every line names its file, so duplicates are simply dropped.
  result.problems.forEach((p) => problems.add(p));
  if (result.summary !== undefined) summaries.push(`${dataFile.file}: ${result.summary}`);
}

if (problems.size > 0) {
  for (const line of problems) console.error(line);
  console.error(`\n${problems.size} problem${problems.size === 1 ? '' : 's'} found. See docs/data.md.`);
  process.exit(1);
}
for (const line of summaries) console.log(line);
