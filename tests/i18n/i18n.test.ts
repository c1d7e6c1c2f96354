import { describe, expect, it, vi } from 'vitest';
import taxonomiesJson from '../../data/taxonomies.json';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  AUDIENCE_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  MULTILINGUAL,
  NEED_IDS,
  PLATFORM_IDS,
  PROVIDER_TYPE_IDS,
  TOOL_FLAG_IDS,
  TOOL_KIND_IDS,
  UI_LANGUAGES,
} from '../../src/domain/taxonomy.ts';
import {
  MissingTranslationError,
  browserUiLanguage,
  createAppI18n,
  ensureResources,
  switchLanguage,
} from '../../src/i18n/i18n.ts';
import type * as Resources from '../../src/i18n/resources.ts';
import { loadResources, NAMESPACES } from '../../src/i18n/resources.ts';
import { allResources, createTestI18n } from '../support/test-i18n.ts';

// Watch which string chunks are loaded, while still loading them for real.
vi.mock('../../src/i18n/resources.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof Resources>();
  return { ...actual, loadResources: vi.fn(actual.loadResources) };
});

/** A key the types do not know, as a careless caller (or a template key) would pass it. */
const untyped = (t: (key: never) => string, key: string) => (t as unknown as (k: string) => string)(key);

describe('browserUiLanguage', () => {
  it.each([
    [['sv-FI'], 'sv'],
    [['fi-FI', 'en'], 'fi'],
    [['en-GB'], 'en'],
    [['SV'], 'sv'],
    [['de'], 'fi'],
    [['de-DE', 'nb', 'en-US', 'sv'], 'en'],
    [['se', 'sv-FI'], 'sv'],
    [['x-klingon', ''], 'fi'],
    [[], 'fi'],
  ] as const)('%j -> %s', (preferred, expected) => {
    expect(browserUiLanguage(preferred)).toBe(expected);
  });
});

describe('createTestI18n', () => {
  it('translates real keys in every language', () => {
    for (const lang of UI_LANGUAGES) {
      const i18n = createTestI18n(lang);
      expect(i18n.t('wizard:next')).toBe(allResources[lang].wizard.next);
      expect(i18n.t('results:title')).toBe(allResources[lang].results.title);
    }
  });

  it('throws on a missing key instead of showing it', () => {
    for (const lang of UI_LANGUAGES) {
      const i18n = createTestI18n(lang);
      expect(() => untyped(i18n.t, 'wizard:no.such.key')).toThrow(MissingTranslationError);
      expect(() => untyped(i18n.t, 'no-such-key')).toThrow(/common:no-such-key/);
      expect(() => untyped(i18n.getFixedT(lang, 'results'), 'reasons.need.nope')).toThrow(
        MissingTranslationError,
      );
    }
  });
});

describe('loading strings', () => {
  it('starts with the first screens of one language and loads another on switchLanguage', async () => {
    const load = vi.mocked(loadResources);
    load.mockClear();
    const i18n = await createAppI18n('fi');
    expect(load.mock.calls).toEqual([['fi', 'core']]);
    expect(i18n.hasResourceBundle('fi', 'wizard')).toBe(true);
    expect(i18n.hasResourceBundle('fi', 'results')).toBe(false);
    expect(i18n.hasResourceBundle('sv', 'wizard')).toBe(false);

    await switchLanguage(i18n, 'sv');
    expect(load).toHaveBeenLastCalledWith('sv', 'core');
    expect(i18n.language).toBe('sv');
    expect(i18n.t('wizard:next')).toBe(allResources.sv.wizard.next);
    // Only the parts in use: the results strings are not loaded before the results are.
    expect(i18n.hasResourceBundle('sv', 'results')).toBe(false);

    await ensureResources(i18n, 'more');
    expect(load).toHaveBeenLastCalledWith('sv', 'more');
    expect(i18n.t('results:title')).toBe(allResources.sv.results.title);

    // A later switch brings every part in use.
    load.mockClear();
    await switchLanguage(i18n, 'en');
    expect(load.mock.calls).toEqual(
      expect.arrayContaining([
        ['en', 'core'],
        ['en', 'more'],
      ]),
    );
    expect(i18n.t('plan:heading')).toBe(allResources.en.plan.heading);
    expect(i18n.t('wizard:back')).toBe(allResources.en.wizard.back);
  });

  it('every part of every language together holds every namespace', async () => {
    for (const lang of UI_LANGUAGES) {
      const core = await loadResources(lang, 'core');
      const more = await loadResources(lang, 'more');
      const handout = await loadResources(lang, 'handout');
      expect(Object.keys({ ...core, ...more, ...handout }).sort(), lang).toEqual([...NAMESPACES].sort());
      expect(
        Object.keys(core).filter((ns) => ns in more),
        lang,
      ).toEqual([]);
    }
  });
});

describe('taxonomy labels (data/taxonomies.json)', () => {
  type Labels = Record<string, Record<string, unknown> | undefined>;
  const families: [string, readonly string[], Labels][] = [
    ['needs', NEED_IDS, taxonomiesJson.needs],
    ['channels', CHANNEL_IDS, taxonomiesJson.channels],
    ['access', ACCESS_IDS, taxonomiesJson.access],
    ['languages', [...CLIENT_LANGUAGE_IDS, MULTILINGUAL], taxonomiesJson.languages],
    ['providerTypes', PROVIDER_TYPE_IDS, taxonomiesJson.providerTypes],
    ['audiences', AUDIENCE_IDS, taxonomiesJson.audiences],
    ['kinds', TOOL_KIND_IDS, taxonomiesJson.kinds],
    ['platforms', PLATFORM_IDS, taxonomiesJson.platforms],
    ['flags', TOOL_FLAG_IDS, taxonomiesJson.flags],
    [
      'ageGroups',
      AGE_GROUP_IDS,
      Object.fromEntries(Object.entries(taxonomiesJson.ageGroups).map(([id, g]) => [id, g.label])),
    ],
    [
      'needGroups',
      taxonomiesJson.needGroups.map((g) => g.id),
      Object.fromEntries(taxonomiesJson.needGroups.map((g) => [g.id, g.label])),
    ],
  ];

  it.each(families)(
    '%s: every id has a non-empty label in fi, sv and en, and no label lacks an id',
    (_name, ids, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        for (const lang of UI_LANGUAGES) {
          const text = labels[id]?.[lang];
          expect(typeof text === 'string' && text.trim() !== '', `${id} ${lang}`).toBe(true);
        }
      }
    },
  );

  it('every age group has a range', () => {
    for (const id of AGE_GROUP_IDS) expect(taxonomiesJson.ageGroups[id].range.trim()).not.toBe('');
  });
});
