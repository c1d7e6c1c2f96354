/*
 * Nothing a practitioner did is lost (issue 15): a share link opened over a different saved
 * plan, a record that cannot be used, storage the browser refuses, and a link far too long.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, expectNoAxeViolations, openSession, seedStorage, type Session } from './support/browser.ts';
import { strings } from './support/strings.ts';
import type { UiLanguage } from '../../src/domain/taxonomy.ts';
import { SESSION_STORAGE_KEY } from '../../src/domain/session-record.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const SAVED = {
  version: 1,
  step: 'results',
  answers: {
    needs: ['youth', 'addiction'],
    ageGroup: 'teen',
    language: 'fi',
    channels: ['chat'],
    access: 'independent',
  },
  chosenTools: ['netari-fi', 'sekasin-chat'],
  consideredPrompts: [],
  savedOn: '2026-01-15',
};
const OTHER_LINK = 'needs=older-people&age=older-adult&lang=sv&channels=any&access=no-access';
const record = (page: Page) =>
  page
    .evaluate((key) => localStorage.getItem(key), SESSION_STORAGE_KEY)
    .then((raw) => JSON.parse(raw ?? 'null'));
const realErrors = (s: Session) => s.errors.filter((e) => !e.includes('Failed to load resource'));

/**
 * Each case runs in one UI language, the languages taken in turn (the share link, the one a
 * practitioner meets most, in two): the code path is the same in each language, and
 * tests/i18n checks that every notice exists in all three.
 */
const LANGS = {
  share: ['fi', 'sv'],
  future: ['en'],
  unusable: ['sv'],
  refused: ['en'],
  long: ['fi'],
} as const satisfies Record<string, readonly UiLanguage[]>;

describe('nothing lost', () => {
  const kept = (lang: UiLanguage) =>
    strings(lang).wizard.notices.savedPlanKept_other.replace('{{count}}', '2');

  it.each(LANGS.share)(
    'a share link over a saved plan keeps the plan, and one button brings it back with its tools (%s)',
    async (lang) => {
      const s = strings(lang);
      session = await openSession({ uiLanguage: lang });
      const { page } = session;
      await seedStorage(page, { [SESSION_STORAGE_KEY]: JSON.stringify(SAVED) });
      await page.goto(`${baseUrl()}?ui=${lang}&${OTHER_LINK}`);
      await page.getByText(kept(lang)).waitFor();
      await page.locator('[data-tool-id]').first().waitFor();
      // The link's answers are shown; the saved plan is untouched on the device.
      expect(await page.locator('[data-tool-id="netari-fi"]').count()).toBe(0);
      expect(await record(page)).toEqual(SAVED);
      await expectNoAxeViolations(page, `${lang} saved-plan notice`);
      // A reload of the link still leaves it untouched (nothing was changed).
      await page.reload();
      await page.getByText(kept(lang)).waitFor();
      expect(await record(page)).toEqual(SAVED);

      await page.getByRole('button', { name: s.wizard.notices.restoreSaved }).click();
      await page.locator('[data-tool-id="netari-fi"]').waitFor();
      expect(await page.getByText(kept(lang)).count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('needs')).toBe('youth,addiction');
      // The record is the saved plan again, with both its tools, and they are in the plan.
      await expect.poll(async () => (await record(page))?.chosenTools).toEqual(SAVED.chosenTools);
      expect((await record(page)).answers).toEqual(SAVED.answers);
      for (const id of SAVED.chosenTools) {
        expect(await page.locator(`[data-tool-id="${id}"] input[type="checkbox"]:checked`).count(), id).toBe(
          1,
        );
      }
      expect(realErrors(session)).toEqual([]);
    },
  );

  it.each(LANGS.future)(
    'a record dated in the future is set aside with a notice and left on the device until a change (%s)',
    async (lang) => {
      const s = strings(lang);
      session = await openSession({ uiLanguage: lang });
      const { page } = session;
      const future = JSON.stringify({ ...SAVED, savedOn: '2999-01-01' });
      await seedStorage(page, { [SESSION_STORAGE_KEY]: future });
      await page.goto(`${baseUrl()}?ui=${lang}`);
      await page.getByText(s.wizard.notices.storageFuture).waitFor();
      await page.locator('h1', { hasText: s.wizard.needs.title }).waitFor();
      expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_STORAGE_KEY)).toBe(future);
      await expectNoAxeViolations(page, `${lang} future-record notice`);
      await page.getByLabel(s.need('youth'), { exact: true }).check();
      await page.getByRole('button', { name: s.wizard.next }).click();
      await expect.poll(async () => (await record(page))?.answers).toEqual({ needs: ['youth'] });
    },
  );

  it.each(LANGS.unusable)(
    'a record of an unknown version or broken JSON is set aside with a notice, nothing half-applied (%s)',
    async (lang) => {
      const s = strings(lang);
      for (const [raw, notice] of [
        [JSON.stringify({ ...SAVED, version: 7 }), s.wizard.notices.storageOutdated],
        ['{"version":1,"step":"results","answers":{"needs":["youth"]', s.wizard.notices.storageCorrupted],
      ] as const) {
        session = await openSession({ uiLanguage: lang });
        const { page } = session;
        await seedStorage(page, { [SESSION_STORAGE_KEY]: raw });
        await page.goto(`${baseUrl()}?ui=${lang}`);
        await page.getByText(notice).waitFor();
        await page.locator('h1', { hasText: s.wizard.needs.title }).waitFor();
        expect(await page.getByLabel(s.need('youth'), { exact: true }).isChecked()).toBe(false);
        expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_STORAGE_KEY)).toBe(raw);
        await session.close();
        session = undefined;
      }
    },
  );

  it.each(LANGS.refused)(
    'storage refused: a visible notice says the plan is kept only in this tab (%s)',
    async (lang) => {
      const s = strings(lang);
      session = await openSession({ uiLanguage: lang });
      const { page } = session;
      await page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      });
      await page.goto(`${baseUrl()}?ui=${lang}&${OTHER_LINK}`);
      const notice = page.getByText(s.wizard.notices.storageFailed);
      await notice.waitFor();
      expect(await notice.isVisible()).toBe(true);
      await page.locator('[data-tool-id]').first().waitFor();
      expect(await page.getByText(s.wizard.notices.storageFailed).count()).toBe(1);
      await expectNoAxeViolations(page, `${lang} storage-refused notice`);
    },
  );

  it.each(LANGS.long)('a 20 KB link opens the app with a clear notice (%s)', async (lang) => {
    const s = strings(lang);
    session = await openSession({ uiLanguage: lang });
    const { page } = session;
    // An HTTP server refuses a request line this long (431); the service worker answers such
    // a navigation with the app shell (the deploy part). Here the route plays that part, so
    // what is tested is the app reading the long address.
    await page.route(
      (url) => url.search.length > 16_000,
      async (route) => route.fulfill({ response: await route.fetch({ url: baseUrl() }) }),
    );
    const response = await page.goto(`${baseUrl()}?ui=${lang}&needs=youth&junk=${'x'.repeat(20_000)}`);
    expect(response?.ok()).toBe(true);
    expect(new URL(response?.url() ?? baseUrl()).search.length).toBeGreaterThan(20_000);
    await page.getByText(s.wizard.notices.linkTooLong).waitFor();
    await page.locator('h1', { hasText: s.wizard.needs.title }).waitFor();
    await expectNoAxeViolations(page, `${lang} too-long link`);
    expect(realErrors(session)).toEqual([]);
  });
});
