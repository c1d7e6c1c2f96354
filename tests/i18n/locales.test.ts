/*
 * The UI strings in locales/<lang>/<namespace>.json: the three languages hold the same keys,
 * no string is empty, every key has the same {{placeholders}} in each language, and every key
 * the code in src/ asks for exists. A key missing in any language fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../../src/domain/answers.ts';
import { ETHICS_KINDS } from '../../src/domain/ethics.ts';
import type { DropReason } from '../../src/domain/share-link.ts';
import { DEVICE_IDS, UI_LANGUAGES, type UiLanguage } from '../../src/domain/taxonomy.ts';
import type { EthicsFactCode } from '../../src/engine/ethics.ts';
import type { MatchLevel } from '../../src/engine/practice-score.ts';
import { RELAXATION_ORDER, type ReasonCode, type RelaxableAnswer } from '../../src/engine/recommend.ts';
import { NAMESPACES } from '../../src/i18n/resources.ts';
import { STATUS_STATES } from '../../src/domain/catalogue.ts';

const LOCALES = fileURLToPath(new URL('../../locales/', import.meta.url));
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

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

interface KeyUse {
  file: string;
  ns: string;
  key: string;
  /** The key as written, when it is a template like `reasons.${code}`. */
  template?: string;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(`${dir}${d.name}/`) : /\.tsx?$/.test(d.name) ? [`${dir}${d.name}`] : [],
  );

/*
 * The values a template key can take. Type-only unions are written out with `satisfies`, so
 * a new reason code (or fact code, drop reason, ...) fails the type check until it is added here.
 */
const REASON_CODES = Object.keys({
  'need.matched': 1,
  'age.matched': 1,
  'age.outside': 1,
  'language.matched': 1,
  'language.multilingual': 1,
  'language.unavailable': 1,
  'channel.matched': 1,
  'channel.any': 1,
  'channel.unmatched': 1,
  'access.fits': 1,
  'access.needsSupport': 1,
  'access.requiresDevice': 1,
  'access.requiresInternet': 1,
  'access.requiresAccount': 1,
  'access.unknown': 1,
} satisfies Record<ReasonCode, 1>);
const FACT_CODES = Object.keys({
  'answer.ageGroup': 1,
  'answer.need': 1,
  'answer.access': 1,
  'answer.language': 1,
  'tool.flag': 1,
  'tool.platform': 1,
  'tool.kind': 1,
  'tool.channel': 1,
  'tool.audience': 1,
  'tool.need': 1,
  'language.unsupported': 1,
  always: 1,
} satisfies Record<EthicsFactCode, 1>);
const DROP_REASONS = Object.keys({
  unknown: 1,
  duplicate: 1,
  'too-long': 1,
  empty: 1,
  'repeated-param': 1,
  'unknown-param': 1,
} satisfies Record<DropReason, 1>);
const MATCH_LEVELS = Object.keys({ exact: 1, partial: 1, different: 1 } satisfies Record<MatchLevel, 1>);
const RELAXABLE = Object.keys({ channels: 1, ageGroup: 1, language: 1 } satisfies Record<RelaxableAnswer, 1>);

/** `<ns>:<prefix>` of each template key in src/ -> every value it can take. */
const TEMPLATE_VALUES: Record<string, readonly string[]> = {
  'results:devices.': DEVICE_IDS,
  'results:relaxable.': RELAXABLE,
  'results:status.label.': STATUS_STATES,
  'ethics:kinds.': ETHICS_KINDS,
  'wizard:questions.': QUESTION_IDS,
  'wizard:notices.reasons.': DROP_REASONS,
  'practice:feedback.match.': MATCH_LEVELS,
  'practice:feedback.band.': ['high', 'mid', 'low'],
};

/**
 * Keys that reach t() through a variable: the wizard's zod messages (src/domain/answers.ts,
 * shown by FieldError with the "wizard" namespace) and the practice forms' messages (shown
 * by PracticeFieldError, which falls back to errors.invalid).
 */
const VARIABLE_KEY_SOURCES: { file: string; ns: string }[] = [
  { file: 'domain/answers.ts', ns: 'wizard' },
  { file: 'domain/scenario.ts', ns: 'practice' },
  { file: 'ui/shared/practice-field-error.tsx', ns: 'practice' },
];

/** Every t('...') / t(`...`) call in src/, with the namespace of the t it calls. */
function scanKeyUses(): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const path of sourceFiles(SRC)) {
    const file = path.slice(SRC.length);
    const code = readFileSync(path, 'utf8');
    // Where each translate function gets its namespace: `const { t, t: tw } = useTranslation('ns')`
    // or `const t = ...getFixedT(null, 'ns')`. The nearest declaration before a call wins.
    const declarations: { at: number; name: string; ns: string }[] = [];
    for (const m of code.matchAll(
      /const\s*\{([^}]*)\}\s*=\s*useTranslation\(\s*(?:['"]([\w-]+)['"])?\s*\)/g,
    )) {
      for (const part of m[1]!.split(',')) {
        const [prop, alias] = part.split(':').map((p) => p.trim());
        if (prop === 't') declarations.push({ at: m.index, name: alias || 't', ns: m[2] ?? 'common' });
      }
    }
    for (const m of code.matchAll(
      /const\s+(\w+)\s*=\s*[\w.]*getFixedT\(\s*[^,]*,\s*['"]([\w-]+)['"]\s*\)/g,
    )) {
      declarations.push({ at: m.index, name: m[1]!, ns: m[2]! });
    }
    for (const name of new Set(declarations.map((d) => d.name))) {
      const call = new RegExp(`(?<![\\w.$])${name}\\(\\s*(['"\`])((?:(?!\\1)[^\\\\]|\\\\.)*)\\1`, 'g');
      for (const m of code.matchAll(call)) {
        const decl = declarations.filter((d) => d.name === name && d.at < m.index).at(-1);
        if (!decl) continue;
        const raw = m[2]!;
        const [ns, key] = raw.includes(':') ? (raw.split(':', 2) as [string, string]) : [decl.ns, raw];
        if (m[1] === '`' && raw.includes('${'))
          uses.push({ file, ns, key: raw.slice(raw.indexOf(':') + 1), template: raw });
        else uses.push({ file, ns, key });
      }
    }
  }
  for (const { file, ns } of VARIABLE_KEY_SOURCES) {
    const code = readFileSync(`${SRC}${file}`, 'utf8');
    for (const m of code.matchAll(/['"](errors\.[\w.]+)['"]/g)) uses.push({ file, ns, key: m[1]! });
  }
  return uses;
}

/** A template key's possible keys: its static prefix followed by each known value. */
function expandTemplate(use: KeyUse): string[] | undefined {
  const prefix = use.key.slice(0, use.key.indexOf('${'));
  const rest = use.key.slice(use.key.indexOf('}') + 1);
  const values = TEMPLATE_VALUES[`${use.ns}:${prefix}`];
  return values?.map((v) => `${prefix}${v}${rest}`);
}

describe('keys used in src/', () => {
  const uses = scanKeyUses();

  it('finds the translate calls of every namespace', () => {
    expect(uses.length).toBeGreaterThan(150);
    expect(new Set(uses.map((u) => u.ns))).toEqual(new Set(NAMESPACES));
    // The scanner sees the calls it is meant to see.
    expect(uses).toContainEqual({
      file: 'ui/questions/needs-step.tsx',
      ns: 'wizard',
      key: 'needs.filterLabel',
    });
    expect(uses).toContainEqual({
      file: 'ui/results/plan-text.ts',
      ns: 'wizard',
      key: 'questions.${q}',
      template: 'questions.${q}',
    });
    expect(uses).toContainEqual({ file: 'ui/shared/error-boundary.tsx', ns: 'common', key: 'crash.message' });
  });

  it('knows the values of every template key', () => {
    const unknown = uses.filter((u) => u.template !== undefined && expandTemplate(u) === undefined);
    expect(unknown.map((u) => `${u.file}: ${u.ns}:${u.template}`)).toEqual([]);
  });

  it.each(UI_LANGUAGES)('exist in %s', (lang) => {
    const missing: string[] = [];
    for (const use of uses) {
      const flat = strings[lang][use.ns];
      if (!flat) {
        missing.push(`${use.file}: no namespace ${use.ns}`);
        continue;
      }
      const keys = use.template !== undefined ? (expandTemplate(use) ?? []) : [use.key];
      const have = askable(flat);
      for (const key of keys) if (!have.has(key)) missing.push(`${use.file}: ${use.ns}:${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('has a string for every reason code and ethics fact code the engine can return', () => {
    for (const lang of UI_LANGUAGES) {
      const results = askable(strings[lang].results ?? new Map());
      const ethics = askable(strings[lang].ethics ?? new Map());
      for (const code of REASON_CODES)
        expect(results.has(`reasons.${code}`), `${lang} results:reasons.${code}`).toBe(true);
      for (const code of FACT_CODES)
        expect(ethics.has(`facts.${code}`), `${lang} ethics:facts.${code}`).toBe(true);
      for (const answer of RELAXATION_ORDER) expect(results.has(`relaxable.${answer}`)).toBe(true);
    }
  });
});
