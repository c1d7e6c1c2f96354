import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import toolsJson from '../../data/tools.json';
import { mergeCatalogue, parseTools, TOOLS_FILE } from '../../src/domain/catalogue-loader.ts';
import { DataFileError } from '../../src/domain/data-errors.ts';
import { validateData } from '../../scripts/validate-data.ts';

/** Fixtures break the schema on purpose, so they are edited untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseJson = any;

const repo = new URL('../../', import.meta.url);
const EXAMPLE = 'data/local/example.json.disabled';
const readJson = async (path: string): Promise<LooseJson> =>
  JSON.parse(await readFile(new URL(path, repo), 'utf8'));

const core = { file: TOOLS_FILE, raw: toolsJson };
const COUNTY = 'data/local/county.json';

/** The problem lines of merging the core with one overlay, or [] when it merges. */
function overlayProblems(overlay: LooseJson): string[] {
  try {
    mergeCatalogue(core, [{ file: COUNTY, raw: overlay }]);
  } catch (error) {
    if (error instanceof DataFileError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('the schema and the loader', () => {
  it('parse no data file when imported; the bundled catalogue module does', async () => {
    vi.resetModules();
    vi.doMock('../../data/tools.json', () => {
      throw new Error('data/tools.json was imported');
    });
    try {
      const schema = await import('../../src/domain/catalogue.ts');
      const loader = await import('../../src/domain/catalogue-loader.ts');
      expect(typeof schema.Tool.parse).toBe('function');
      expect(typeof loader.mergeCatalogue).toBe('function');
      // The mock is live: the module that bundles the data fails to load.
      await expect(import('../../src/domain/catalogue-data.ts')).rejects.toThrow(/error when mocking/);
    } finally {
      vi.doUnmock('../../data/tools.json');
      vi.resetModules();
    }
  });

  it('ships no active overlay: the app runs the core catalogue', async () => {
    const { catalogue, localOverlays } = await import('../../src/domain/catalogue-data.ts');
    expect(localOverlays).toEqual([]);
    expect(catalogue.map((t) => t.id)).toEqual(parseTools(toolsJson).map((t) => t.id));
  });
});

describe("a deployment's overlay", () => {
  it('hides, corrects and adds entries without editing the core (the example overlay)', async () => {
    const example = await readJson(EXAMPLE);
    const coreTools = parseTools(toolsJson);
    const merged = mergeCatalogue(core, [{ file: 'data/local/pohde.json', raw: example }]);
    const ids = merged.map((t) => t.id);

    expect(ids).not.toContain('yoopies');
    expect(ids).toContain('pohde-family-centre-chat');
    expect(merged).toHaveLength(coreTools.length);
    const corrected = merged.find((t) => t.id === 'pyyda-apua-button')!;
    expect(corrected.provider.fi).toBe('Pohjois-Pohjanmaan hyvinvointialue Pohde');
    // Fields the correction does not name stay as the core has them.
    const before = coreTools.find((t) => t.id === 'pyyda-apua-button')!;
    expect(corrected.status).toEqual(before.status);
    expect(corrected.source).toEqual(before.source);
    // The core file itself is unchanged.
    expect(toolsJson.tools.some((t) => t.id === 'yoopies')).toBe(true);
  });

  it('reports a bad added entry by file, entry id, field and reason', async () => {
    const example = await readJson(EXAMPLE);
    example.add[0].needs = ['divorce'];
    expect(overlayProblems(example)).toEqual([
      `${COUNTY}: pohde-family-centre-chat.needs[0]: unknown need "divorce"`,
    ]);
  });

  it('checks a corrected entry with the same schema as the core', () => {
    expect(
      overlayProblems({
        schemaVersion: 2,
        correct: [{ id: 'discord', status: { state: 'active', checked: '2026-12-01' } }],
      }),
    ).toEqual([`${COUNTY}: discord.status.evidence: a "active" status needs an evidence address`]);
    const misspelt = overlayProblems({
      schemaVersion: 2,
      correct: [{ id: 'kaksi-kotia', website: 'https://example.org' }],
    });
    expect(misspelt).toHaveLength(1);
    expect(misspelt[0]).toMatch(/^data\/local\/county\.json: kaksi-kotia: .*"website"/);
  });

  it('refuses to hide or correct an entry that does not exist, or to add one that does', async () => {
    const example = await readJson(EXAMPLE);
    example.add[0].id = 'discord';
    expect(
      overlayProblems({
        ...example,
        hide: [{ id: 'no-such-tool' }],
        correct: [{ id: 'no-such-tool-either', summary: example.add[0].summary }],
      }),
    ).toEqual([
      `${COUNTY}: no-such-tool: hide names no entry of the catalogue`,
      `${COUNTY}: no-such-tool-either: correct names no entry of the catalogue`,
      `${COUNTY}: discord: id is already in the catalogue; change it with "correct"`,
    ]);
  });

  it('checks references across the merged catalogue', () => {
    // Hiding what a replaced entry points to leaves a dangling replacedBy.
    expect(overlayProblems({ schemaVersion: 2, hide: [{ id: 'kela-kelpo' }] })).toEqual([
      `${TOOLS_FILE} + ${COUNTY}: kela-ai.status.replacedBy: unknown tool id "kela-kelpo"`,
    ]);
  });
});

describe('npm run validate-data', () => {
  let root: string;
  beforeAll(async () => {
    root = `${await mkdtemp(join(tmpdir(), 'wtn-data-'))}/`;
    await mkdir(`${root}data/local`, { recursive: true });
    for (const name of ['taxonomies.json', 'tools.json', 'ethics-rules.json', 'scenarios.json'])
      await copyFile(new URL(`data/${name}`, repo), `${root}data/${name}`);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const withTools = async (change: (tools: LooseJson) => void) => {
    const tools = await readJson('data/tools.json');
    change(tools);
    await writeFile(`${root}data/tools.json`, JSON.stringify(tools));
  };
  const entry = (tools: LooseJson, id: string) => tools.tools.find((t: { id: string }) => t.id === id);

  it('reports the entries per status', async () => {
    await withTools(() => {});
    const { problems, summaries } = await validateData(root);
    expect(problems).toEqual([]);
    const tools = parseTools(toolsJson);
    const count = (state: string) => tools.filter((t) => t.status.state === state).length;
    expect(summaries).toContain(
      `data/tools.json: ${tools.length} entries (${count('active')} active, ${count('discontinued')} discontinued, ${count('replaced')} replaced, ${count('unverified')} unverified), ${tools.reduce((n, t) => n + t.inferred.length, 0)} inferred fields`,
    );
  });

  it('fails on an active or replaced entry without evidence, and on a checked date in the future', async () => {
    await withTools((tools) => {
      delete entry(tools, 'discord').status.evidence;
      delete entry(tools, 'kela-ai').status.evidence;
      entry(tools, 'kaksi-kotia').status.checked = '2999-01-01';
    });
    const { problems } = await validateData(root);
    expect(problems).toEqual(
      expect.arrayContaining([
        'data/tools.json: discord.status.evidence: a "active" status needs an evidence address',
        'data/tools.json: kela-ai.status.evidence: a "replaced" status needs an evidence address',
        'data/tools.json: kaksi-kotia.status.checked: is in the future',
      ]),
    );
    expect(problems).toContain('data/scenarios.json: (file): not checked yet; fix data/tools.json first');
  });

  it('builds with an overlay in data/local/, and names its problems by its file', async () => {
    await withTools(() => {});
    const example = await readJson(EXAMPLE);
    await writeFile(`${root}data/local/pohde.json`, JSON.stringify(example));
    const valid = await validateData(root);
    expect(valid.problems).toEqual([]);
    expect(valid.summaries.find((line) => line.startsWith('data/tools.json:'))).toMatch(
      /, with data\/local\/pohde\.json$/,
    );

    example.add[0].status.checked = '2999-01-01';
    await writeFile(`${root}data/local/pohde.json`, JSON.stringify(example));
    await writeFile(`${root}data/local/broken.json`, '{ "schemaVersion": 2,');
    const { problems } = await validateData(root);
    expect(problems).toContain(
      'data/local/pohde.json: pohde-family-centre-chat.status.checked: is in the future',
    );
    expect(problems.some((p) => p.startsWith('data/local/broken.json: (file): is not valid JSON'))).toBe(
      true,
    );
    await rm(`${root}data/local/broken.json`);
    await rm(`${root}data/local/pohde.json`);
  });
});
