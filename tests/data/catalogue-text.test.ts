import { describe, expect, it, vi } from 'vitest';
import toolsJson from '../../data/tools.json';
import { parseTools } from '../../src/domain/catalogue-loader.ts';
import {
  catalogueLanguageLoader,
  catalogueStrings,
  catalogueTexts,
  fillText,
  idsByName,
  type CatalogueLanguageText,
  loadCatalogueLanguage,
  sortByName,
  withoutText,
} from '../../src/domain/catalogue-text.ts';
import { UI_LANGUAGES, type UiLanguage } from '../../src/domain/taxonomy.ts';

// The production build ships the catalogue without its text and each language's text as a
// chunk of its own (src/domain/catalogue-text.ts). These tests pin that taking the text out
// and putting it back gives the catalogue as parsed, for the real data.

const parsed = () => parseTools(toolsJson);

/** Every object under `value` whose keys are UI languages only: a text left in the catalogue. */
function textsLeft(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => textsLeft(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => (UI_LANGUAGES as readonly string[]).includes(k))) return [path];
  return Object.entries(value).flatMap(([k, v]) => textsLeft(v, `${path}.${k}`));
}

describe('the catalogue without its text', () => {
  it('has no text left in any language, and an empty object for each text', () => {
    const full = parsed();
    const bare = withoutText(full);
    expect(textsLeft(bare)).toEqual([]);
    expect(JSON.stringify(bare)).not.toMatch(/"(fi|sv|en)":/);
    expect(catalogueTexts(bare).every((text) => Object.keys(text).length === 0)).toBe(true);
    // The walk finds every text of the catalogue: a text field it missed would be left above.
    expect(textsLeft(full).length).toBe(catalogueTexts(full).length);
    // The parsed catalogue itself is left as it was.
    expect(full).toStrictEqual(parsed());
  });

  it('gets back exactly the parsed catalogue with each language put in, however often', () => {
    const full = parsed();
    const bare = withoutText(full);
    for (const lang of UI_LANGUAGES) fillText(bare, lang, catalogueStrings(full, lang));
    expect(bare).toStrictEqual(full);
    for (const lang of UI_LANGUAGES) fillText(bare, lang, catalogueStrings(full, lang));
    expect(bare).toStrictEqual(full);
  });

  it('refuses strings that do not fit its texts', () => {
    const full = parsed();
    const bare = withoutText(full);
    expect(() => fillText(bare, 'fi', catalogueStrings(full, 'fi').slice(1))).toThrow(
      /catalogue text \(fi\)/,
    );
  });
});

describe('loading a language', () => {
  it("puts the language's text into the shared catalogue once, as the production build's modules hold it", async () => {
    const full = parsed();
    // The modules as the build makes them: the catalogue without text, each language apart.
    const bare = withoutText(full);
    const strings = vi.fn((lang: UiLanguage) =>
      Promise.resolve({ strings: catalogueStrings(full, lang), byName: idsByName(full, lang) }),
    );
    const { load, byName } = catalogueLanguageLoader(() => Promise.resolve(bare), strings);

    expect(byName('sv')).toBeUndefined();
    const first = load('sv');
    expect(load('sv')).toBe(first);
    await first;
    expect(bare[0]!.name).toStrictEqual({ sv: full[0]!.name.sv });
    expect(catalogueTexts(bare).every((text) => Object.keys(text).join() === 'sv')).toBe(true);
    expect(byName('sv')).toEqual(idsByName(full, 'sv'));
    expect(byName('fi')).toBeUndefined();

    await Promise.all(UI_LANGUAGES.map((lang) => load(lang)));
    await load('fi');
    expect(bare).toStrictEqual(full);
    expect(strings.mock.calls).toEqual([['sv'], ['fi'], ['en']]);
  });

  it('tries again after a failed load', async () => {
    const full = parsed();
    const bare = withoutText(full);
    const strings = vi
      .fn<(lang: UiLanguage) => Promise<CatalogueLanguageText>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockImplementation((lang) =>
        Promise.resolve({ strings: catalogueStrings(full, lang), byName: idsByName(full, lang) }),
      );
    const { load, byName } = catalogueLanguageLoader(() => Promise.resolve(bare), strings);
    await expect(load('fi')).rejects.toThrow('offline');
    expect(byName('fi')).toBeUndefined();
    await load('fi');
    expect(bare[0]!.name.fi).toBe(full[0]!.name.fi);
    expect(byName('fi')).toEqual(idsByName(full, 'fi'));
  });

  it('changes nothing in the catalogue the app bundles under Vitest, which has all its text', async () => {
    const { catalogue } = await import('../../src/domain/catalogue-data.ts');
    const before = structuredClone(catalogue);
    await Promise.all(UI_LANGUAGES.map((lang) => loadCatalogueLanguage(lang)));
    expect(loadCatalogueLanguage('fi')).toBe(loadCatalogueLanguage('fi'));
    expect(catalogue).toStrictEqual(before);
  });
});

describe('the catalogue by name', () => {
  const full = parsed();

  it.each(UI_LANGUAGES)("follows the language's collation, ties by id (%s)", (lang) => {
    const ids = idsByName(full, lang);
    expect([...ids].sort()).toEqual(full.map((t) => t.id).sort());
    const collator = new Intl.Collator(lang);
    for (let i = 1; i < ids.length; i++) {
      const [a, b] = [full.find((t) => t.id === ids[i - 1])!, full.find((t) => t.id === ids[i])!];
      const names = collator.compare(a.name[lang], b.name[lang]);
      expect(names < 0 || (names === 0 && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
    }
  });

  it('sorts by the order a language brought when it names exactly these tools, else by collation', () => {
    const reversed = idsByName(full, 'fi').reverse();
    expect(sortByName(full, 'fi', reversed).map((t) => t.id)).toEqual(reversed);
    expect(sortByName(full, 'fi').map((t) => t.id)).toEqual(idsByName(full, 'fi'));
    // An order for another set of tools (e.g. a catalogue from before a deployment's overlay)
    // is not followed.
    expect(sortByName(full, 'fi', reversed.slice(1)).map((t) => t.id)).toEqual(idsByName(full, 'fi'));
    const other = [...reversed.slice(1), 'no-such-tool'];
    expect(sortByName(full, 'fi', other).map((t) => t.id)).toEqual(idsByName(full, 'fi'));
  });
});
