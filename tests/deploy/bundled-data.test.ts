import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledModuleSource, parseBundledData } from '../../scripts/bundled-data.ts';
import { catalogue, localOverlays } from '../../src/domain/catalogue-data.ts';
import { fillText, withoutText } from '../../src/domain/catalogue-text.ts';
import textFi, { byName as byNameFi } from '../../src/domain/bundled/catalogue-text-fi.ts';
import textSv, { byName as byNameSv } from '../../src/domain/bundled/catalogue-text-sv.ts';
import textEn, { byName as byNameEn } from '../../src/domain/bundled/catalogue-text-en.ts';
import { UI_LANGUAGES, type UiLanguage } from '../../src/domain/taxonomy.ts';
import { ethicsRules } from '../../src/domain/ethics-data.ts';
import { scenarios } from '../../src/domain/scenario-data.ts';
import { otherLanguagesInOrder, taxonomies } from '../../src/domain/taxonomies-data.ts';

// The production build replaces src/domain/bundled/*.ts with values parsed at build time.
// These tests pin that the build's values are the ones the app would compute itself, that the
// generated modules load back to them, and that a bad file stops the build.

const ROOT = process.cwd();
/** What each language's text module holds under Vitest (as the dev server computes it). */
const TEXT: Record<UiLanguage, readonly string[]> = { fi: textFi, sv: textSv, en: textEn };
const BY_NAME: Record<UiLanguage, readonly string[]> = { fi: byNameFi, sv: byNameSv, en: byNameEn };
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
/** Loads generated module source as the browser would, from a data: URL. */
const loadModule = (source: string) =>
  import(
    /* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
  ) as Promise<Record<string, unknown>>;

let temp: string | undefined;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;
});
/** A copy of data/ in a temporary folder, with `change` applied to one file's JSON. */
function rootWith(file: string, change: (json: Record<string, unknown>) => void): string {
  temp = mkdtempSync(join(tmpdir(), 'wtn-data-'));
  cpSync(join(ROOT, 'data'), join(temp, 'data'), { recursive: true });
  const json = JSON.parse(readFileSync(join(temp, file), 'utf8')) as Record<string, unknown>;
  change(json);
  writeFileSync(join(temp, file), JSON.stringify(json));
  return temp;
}

describe('data parsed at build time', () => {
  it('are the values the app parses at load time, and survive the trip through JSON', () => {
    const data = parseBundledData(ROOT);
    expect(data.taxonomies.default).toStrictEqual(taxonomies);
    expect(data.taxonomies.named).toStrictEqual({ otherLanguagesInOrder });
    // The catalogue without its text, and each language's text apart (catalogue-text.ts).
    expect(data.catalogue.default).toStrictEqual(withoutText(catalogue));
    expect(data.catalogue.named).toStrictEqual({ localOverlays });
    for (const lang of UI_LANGUAGES) {
      expect(data[`catalogue-text-${lang}`].default, lang).toStrictEqual(TEXT[lang]);
      expect(data[`catalogue-text-${lang}`].named, lang).toStrictEqual({ byName: BY_NAME[lang] });
      expect(
        TEXT[lang].every((text) => typeof text === 'string' && text !== ''),
        lang,
      ).toBe(true);
    }
    expect(data['ethics-rules'].default).toStrictEqual(ethicsRules);
    expect(data.scenarios.default).toStrictEqual(scenarios);
    for (const [name, module] of Object.entries(data)) {
      expect(roundTrip(module.default), name).toStrictEqual(module.default);
    }
  });

  it('load back from the generated module source, default and named exports alike', async () => {
    const data = parseBundledData(ROOT);
    const loaded = await loadModule(bundledModuleSource(data.catalogue));
    expect(loaded.localOverlays).toStrictEqual(localOverlays);
    // With each language's text put back, the catalogue is the one parsed at load time.
    const tools = loaded.default as typeof catalogue;
    expect(tools).not.toStrictEqual(catalogue);
    for (const lang of UI_LANGUAGES) {
      const text = await loadModule(bundledModuleSource(data[`catalogue-text-${lang}`]));
      fillText(tools, lang, text.default as string[]);
      expect(text.byName, lang).toStrictEqual(BY_NAME[lang]);
    }
    expect(tools).toStrictEqual(catalogue);
  });

  it('merge a deployment overlay from data/local in, as the app does', () => {
    const root = rootWith('data/tools.json', () => {});
    // The example overlay of docs/data.md, switched on: among other things it hides one entry.
    cpSync(join(root, 'data/local/example.json.disabled'), join(root, 'data/local/example.json'));
    const data = parseBundledData(root);
    const ids = (data.catalogue.default as typeof catalogue).map((t) => t.id);
    expect(catalogue.some((t) => t.id === 'yoopies')).toBe(true);
    expect(ids).not.toContain('yoopies');
    for (const t of catalogue) if (t.id !== 'yoopies') expect(ids, t.id).toContain(t.id);
    expect((data.catalogue.named!.localOverlays as { file: string }[]).map((o) => o.file)).toEqual([
      'data/local/example.json',
    ]);
  });

  it('stop the build on a bad tools file, naming the entry and the field', () => {
    const root = rootWith('data/tools.json', (json) => {
      (json.tools as Record<string, unknown>[])[0]!.needs = ['not-a-need'];
    });
    expect(() => parseBundledData(root)).toThrow(
      new RegExp(`data/tools.json.*\\n.*${catalogue[0]!.id}\\.needs`),
    );
  });

  it('stop the build on a scenario that names a method the catalogue does not have', () => {
    const root = rootWith('data/scenarios.json', (json) => {
      const first = (json.scenarios as { expertTools: { id: string }[] }[])[0]!;
      first.expertTools[0]!.id = 'no-such-method';
    });
    expect(() => parseBundledData(root)).toThrow(/data\/scenarios\.json[\s\S]*no-such-method/);
  });
});
