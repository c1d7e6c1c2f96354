/*
 * The UI strings in locales/<lang>/<namespace>.json: the three languages hold the same keys,
 * no string is empty, and every key has the same {{placeholders}} in each language. A key missing
 * in any language fails here. That every key the code asks for exists in Finnish, the reference
 * language, is checked by the compiler: the resources are typed (src/i18n/i18next.d.ts, strict
 * key checks), including template keys like `reasons.${code}` and the validation messages
 * (src/domain/validation.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type UiLanguage } from '../../src/domain/taxonomy.ts';
import { VALIDATION_KEYS } from '../../src/domain/validation.ts';
import { NAMESPACES } from '../../src/i18n/resources.ts';

const LOCALES = fileURLToPath(new URL('../../locales/', import.meta.url));

/* --- reading and flattening ------------------------------------------------------------ */

type Flat = Map<string, unknown>;

/** Nested JSON to "a.b.c" -> leaf. Arrays count as leaves (i18next strings are never arrays here). */
function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const languageDirs = readdirSync(LOCALES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const namespaceFiles = [
  ...new Set(
    UI_LANGUAGES.flatMap((lang) => readdirSync(`${LOCALES}${lang}`).filter((f) => f.endsWith('.json'))),
  ),
].sort();

const strings: Record<UiLanguage, Record<string, Flat>> = Object.fromEntries(
  UI_LANGUAGES.map((lang) => [
    lang,
    Object.fromEntries(
      namespaceFiles.map((file) => {
        let flat: Flat = new Map();
        try {
          flat = flatten(readJson(`${LOCALES}${lang}/${file}`));
        } catch {
          /* a missing file shows up as missing keys below */
        }
        return [file.replace(/\.json$/, ''), flat];
      }),
    ),
  ]),
) as Record<UiLanguage, Record<string, Flat>>;

/* --- plural families ------------------------------------------------------------------- */

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** The CLDR plural categories i18next uses for a language (fi, sv, en: one and other). */
const pluralCategories = (lang: UiLanguage) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

/** key -> plural categories present, for keys that end in a plural suffix. */
function pluralFamilies(flat: Flat): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) continue;
    const base = key.slice(0, match.index);
    families.set(base, (families.get(base) ?? new Set()).add(match[1]!));
  }
  return families;
}

/** Keys the code can ask for: plain keys and the bases of plural families. */
const askable = (flat: Flat) => new Set([...flat.keys(), ...pluralFamilies(flat).keys()]);

/* --- placeholders ---------------------------------------------------------------------- */

/** The {{name}} placeholders of a string ({{name, format}} counts as name). */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]!))].sort();

/* --- comparing languages --------------------------------------------------------------- */

/** What differs between the key sets of the languages: "<lang> lacks <ns>:<key>" lines. */
function keyDifferences(byLang: Record<string, Flat>, ns: string): string[] {
  const all = new Set(Object.values(byLang).flatMap((flat) => [...flat.keys()]));
  const out: string[] = [];
  for (const [lang, flat] of Object.entries(byLang)) {
    for (const key of [...all].sort()) if (!flat.has(key)) out.push(`${lang} lacks ${ns}:${key}`);
  }
  return out;
}

describe('locale files', () => {
  it('exist for exactly fi, sv and en, one file per namespace in each', () => {
    expect(languageDirs).toEqual([...UI_LANGUAGES].sort());
    expect(namespaceFiles).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
    for (const lang of UI_LANGUAGES) {
      expect(
        readdirSync(`${LOCALES}${lang}`)
          .filter((f) => f.endsWith('.json'))
          .sort(),
        lang,
      ).toEqual(namespaceFiles);
    }
  });

  it('notices a key missing in one language (the comparison itself)', () => {
    const fi = new Map([
      ['a.b', 'x'],
      ['c', 'y'],
    ]);
    const sv = new Map([['a.b', 'x']]);
    expect(keyDifferences({ fi, sv, en: fi }, 'ns')).toEqual(['sv lacks ns:c']);
    expect(placeholders('{{count}} of {{ total }} and {{date, datetime}}')).toEqual([
      'count',
      'date',
      'total',
    ]);
  });

  describe.each(NAMESPACES)('%s', (ns) => {
    const byLang = Object.fromEntries(
      UI_LANGUAGES.map((lang) => [lang, strings[lang][ns] ?? new Map()]),
    ) as Record<UiLanguage, Flat>;

    it('has the same keys in fi, sv and en', () => {
      expect(byLang.fi.size).toBeGreaterThan(0);
      expect(keyDifferences(byLang, ns)).toEqual([]);
    });

    it('has a non-empty string for every key in every language', () => {
      for (const lang of UI_LANGUAGES) {
        for (const [key, value] of byLang[lang]) {
          expect(typeof value, `${lang} ${ns}:${key}`).toBe('string');
          expect((value as string).trim(), `${lang} ${ns}:${key}`).not.toBe('');
        }
      }
    });

    it('has every plural family complete for each language', () => {
      for (const lang of UI_LANGUAGES) {
        const needed = pluralCategories(lang);
        for (const [base, present] of pluralFamilies(byLang[lang])) {
          for (const category of needed)
            expect(present.has(category), `${lang} ${ns}:${base}_${category}`).toBe(true);
          // A plural key must not also exist bare: i18next would never pick the bare one.
          expect(byLang[lang].has(base), `${lang} ${ns}:${base} beside its plural forms`).toBe(false);
        }
      }
    });

    it('uses the same {{placeholders}} for each key in every language', () => {
      for (const key of byLang.fi.keys()) {
        const isPlural = PLURAL_SUFFIX.test(key);
        const names = (lang: UiLanguage) => {
          const value = byLang[lang].get(key);
          const found = typeof value === 'string' ? placeholders(value) : [];
          // "One value was left out" needs no {{count}}: the count is only compared per family.
          return isPlural ? found.filter((n) => n !== 'count') : found;
        };
        for (const lang of UI_LANGUAGES) expect(names(lang), `${lang} ${ns}:${key}`).toEqual(names('fi'));
      }
      // Within a plural family, {{count}} is used in some form in every language or in none.
      for (const base of pluralFamilies(byLang.fi).keys()) {
        const usesCount = (lang: UiLanguage) =>
          [...byLang[lang]].some(
            ([k, v]) =>
              k.startsWith(`${base}_`) && typeof v === 'string' && placeholders(v).includes('count'),
          );
        for (const lang of UI_LANGUAGES)
          expect(usesCount(lang), `${lang} ${ns}:${base}_*`).toBe(usesCount('fi'));
      }
    });
  });
});

/* --- keys used in src/ ----------------------------------------------------------------- */

describe('validation messages', () => {
  // The schemas' messages reach t() through a variable; the type check covers Finnish only.
  it.each(UI_LANGUAGES)('has every validation key of the form schemas in %s', (lang) => {
    const common = askable(strings[lang].common ?? new Map());
    expect(VALIDATION_KEYS.filter((key) => !common.has(`validation.${key}`))).toEqual([]);
  });
});
