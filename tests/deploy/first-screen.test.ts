import { describe, expect, it } from 'vitest';
import { bootWizard } from '../../flows/wizard-boot.ts';
import { PASS_THROUGH_PARAMS, SHARE_PARAMS } from '../../src/domain/share-link.ts';
import { SESSION_STORAGE_KEY, UI_LANGUAGE_STORAGE_KEY } from '../../src/domain/session-record.ts';
import { UI_LANGUAGES } from '../../src/domain/taxonomy.ts';
import { appMode, isFirstScreen, uiLanguageFor } from '../../src/ui/boot.tsx';
import { pickFirstScreen, viewOpenedBy } from '../../scripts/first-screen.ts';

// The page's first-screen script guesses what boot() will decide, before any app code runs.
// A wrong "yes" would flash a screen the app then replaces; these cases pin them together.
const options = {
  languages: UI_LANGUAGES,
  openElsewhere: [...SHARE_PARAMS.filter((p) => p !== 'ui'), ...PASS_THROUGH_PARAMS],
  sessionKey: SESSION_STORAGE_KEY,
  uiKey: UI_LANGUAGE_STORAGE_KEY,
};
const record = (step: string, answers: object, chosenTools: string[] = []) =>
  JSON.stringify({ version: 1, step, answers, chosenTools, consideredPrompts: [], savedOn: '2026-12-01' });

const CASES: { name: string; search: string; items: Record<string, string>; languages: string[] }[] = [
  { name: 'a fresh visit', search: '', items: {}, languages: ['fi-FI'] },
  { name: 'a Swedish browser', search: '', items: {}, languages: ['sv-FI', 'fi'] },
  { name: 'an unknown browser language', search: '', items: {}, languages: ['de-DE'] },
  { name: 'the UI language in the address', search: '?ui=en', items: {}, languages: ['fi'] },
  { name: 'an unknown UI language in the address', search: '?ui=de', items: {}, languages: ['fi'] },
  { name: 'a language chosen on the device', search: '', items: { 'wtn.ui': 'sv' }, languages: ['fi'] },
  { name: 'a share link', search: '?needs=youth', items: {}, languages: ['fi'] },
  { name: 'practice mode', search: '?mode=practice', items: {}, languages: ['fi'] },
  { name: 'the catalogue', search: '?ui=sv&mode=catalogue', items: {}, languages: ['fi'] },
  {
    name: 'an empty record',
    search: '',
    items: { 'wtn.session.v1': record('needs', {}) },
    languages: ['fi'],
  },
  {
    name: 'a record with answers',
    search: '',
    items: { 'wtn.session.v1': record('ageGroup', { needs: ['youth'] }) },
    languages: ['fi'],
  },
  {
    name: 'a record with chosen tools only',
    search: '',
    items: { 'wtn.session.v1': record('needs', {}, ['kela-kelpo']) },
    languages: ['fi'],
  },
  { name: 'a damaged record', search: '', items: { 'wtn.session.v1': '{"version":1' }, languages: ['fi'] },
  { name: 'an older record', search: '', items: { 'wtn.session.v1': '{"version":0}' }, languages: ['fi'] },
];

describe('the first-screen script agrees with boot()', () => {
  it.each(CASES)('$name', ({ search, items, languages }) => {
    const storage = { getItem: (key: string) => items[key] ?? null };
    const wizard = bootWizard(search, storage.getItem(SESSION_STORAGE_KEY));
    const mode = appMode(new URLSearchParams(search).get('mode'));
    const picked = pickFirstScreen(options, { search, storage, languages });
    expect(picked.firstScreen).toBe(isFirstScreen(mode, wizard));
    expect(picked.lang).toBe(uiLanguageFor(wizard, storage.getItem(UI_LANGUAGE_STORAGE_KEY), languages));
  });

  it('counts storage that cannot be read as empty, as the app does', () => {
    const storage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(pickFirstScreen(options, { search: '', storage, languages: ['en'] })).toEqual({
      lang: 'en',
      firstScreen: true,
    });
  });
});

describe('the first-screen script fetches the view an address opens', () => {
  const answers = SHARE_PARAMS.filter((p) => p !== 'ui');
  const full = 'needs=youth&age=teen&lang=fi&channels=any&access=skipped';

  it.each([
    ['a full share link', `?${full}`, 'results'],
    ['a full share link with its UI language', `?ui=sv&${full}`, 'results'],
    ['practice mode', '?mode=practice', 'practice'],
    ['the catalogue', '?ui=en&mode=catalogue', 'catalogue'],
    ['a link without the access answer', '?needs=youth&age=teen&lang=fi&channels=any', 'planning'],
    ['a fresh visit', '', 'planning'],
    ['an unknown mode', `?mode=print`, 'planning'],
  ])('%s', (_name, search, view) => {
    expect(viewOpenedBy(search, answers)).toBe(view);
  });

  it('agrees with the link the results view writes', () => {
    const boot = bootWizard(`?${full}`, null);
    expect(boot.step).toBe('results');
    expect(viewOpenedBy(`?${full}`, answers)).toBe('results');
  });
});
