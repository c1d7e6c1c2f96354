import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import {
  axeViolations,
  baseUrl,
  openSession,
  SCREENSHOT_DIR,
  type Session,
  foreignRequests,
} from './support/browser.ts';
import { strings, UI_LANGS } from './support/strings.ts';
import tools from '../../data/tools.json';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const shownIds = (page: Page) =>
  page.locator('[data-tool-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-tool-id') ?? ''));
const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), text);

const TOTAL = tools.tools.length;

/**
 * The top of the page (heading, filters, the first entries): the whole list is some 17 000
 * pixels tall, too big to look at, so the screenshot stops after the first screens.
 */
async function screenshotTop(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({
    path: `${SCREENSHOT_DIR}/${name}.png`,
    fullPage: true,
    clip: { x: 0, y: 0, width: 1000, height: 2400 },
  });
}

describe.each(UI_LANGS)('the catalogue in %s', (lang) => {
  const s = strings(lang);
  const c = s.results.catalogue;

  it('lists every method, narrows by search and need, and passes axe', async () => {
    session = await openSession({ uiLanguage: lang });
    const { page } = session;
    await page.goto(`${baseUrl()}?mode=catalogue&ui=${lang}`);
    await page.locator('h1', { hasText: c.title }).waitFor();
    await page.locator('[data-tool-id]').first().waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.locator('article[data-tool-id]').count()).toBe(TOTAL);
    expect(new Set(await shownIds(page))).toEqual(new Set(tools.tools.map((t) => t.id)));
    // By name as this browser's own collation orders them (the build computed the order with
    // Node's), ties by id.
    const shown = await page.locator('[data-tool-id]').evaluateAll((els, lang) => {
      const entries = els.map((el) => ({
        id: el.getAttribute('data-tool-id') ?? '',
        name: el.querySelector('h2, h3')?.textContent ?? '',
      }));
      const collator = new Intl.Collator(lang);
      const sorted = [...entries].sort(
        (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      return {
        shown: entries.map((e) => e.id),
        sorted: sorted.map((e) => e.id),
        names: entries.map((e) => e.name),
      };
    }, lang);
    expect(shown.names.every((name) => name.trim() !== '')).toBe(true);
    expect(shown.shown).toEqual(shown.sorted);
    expect(
      await page
        .getByRole('navigation', { name: s.common.modes.label })
        .getByRole('link', { name: s.common.modes.catalogue })
        .getAttribute('aria-current'),
    ).toBe('page');
    // The list holds each entry's name, summary, status and needs; the rest is built when an
    // entry is opened. Keyboard: Tab from the search reaches the first entry's "all details",
    // with the focus ring showing, and Enter opens it.
    expect(await page.locator('[data-tool-id] .catalogue-entry__facts').count()).toBe(0);
    const first = page.locator('[data-tool-id]').first();
    const summary = first.locator('summary');
    const focused = () => summary.evaluate((el) => el === document.activeElement);
    await page.getByRole('searchbox', { name: c.search }).focus();
    for (let i = 0; i < 10 && !(await focused()); i++) await page.keyboard.press('Tab');
    expect(await focused(), 'Tab reaches the first "all details"').toBe(true);
    expect(await summary.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await first.locator('dt', { hasText: c.facts.source }).waitFor();
    // An entry with a status box, a platform warning and a site link, opened by a click.
    const wickr = page.locator('[data-tool-id="wickr-outreach-youth-work"]');
    await wickr.locator('summary').click();
    await wickr.getByRole('link', { name: /wickr\.com/ }).waitFor();
    expect(await page.locator('[data-tool-id] .catalogue-entry__facts').count()).toBe(2);

    // axe over all the entries takes some 15 s: the whole list once (fi, the longest words),
    // a need's part of it in the other languages (below).
    if (lang === 'fi') expect(await axeViolations(page), `axe on the ${lang} catalogue`).toEqual([]);
    await screenshotTop(page, `${lang}-catalogue`);

    // Search: a name inside a family of tools finds its entry; the count follows in words.
    const search = page.getByRole('searchbox', { name: c.search });
    await search.fill('Paro');
    await expect.poll(() => shownIds(page)).toEqual(['care-robotics']);
    await page.getByText(fill(c.status_one, { count: 1, total: TOTAL })).waitFor();

    // Need and search together; then nothing, and the way back.
    await search.fill('');
    await page.getByLabel(c.need, { exact: true }).selectOption('older-people');
    const olderPeople = tools.tools.filter((t) => t.needs.includes('older-people')).map((t) => t.id);
    await expect.poll(async () => (await shownIds(page)).sort()).toEqual([...olderPeople].sort());
    if (lang !== 'fi')
      expect(await axeViolations(page), `axe on the ${lang} catalogue of a need`).toEqual([]);
    await search.fill('zzzz');
    await page.getByText(c.empty).waitFor();
    expect(await page.locator('[data-tool-id]').count()).toBe(0);
    expect(await axeViolations(page), `axe on the ${lang} empty catalogue`).toEqual([]);
    await page.getByRole('button', { name: c.clear }).click();
    await expect.poll(() => page.locator('[data-tool-id]').count()).toBe(TOTAL);
    expect(await search.inputValue()).toBe('');

    expect(foreignRequests(session.requests)).toEqual([]);
    expect(session.errors).toEqual([]);
  }, 120_000);
});

describe('reaching the catalogue', () => {
  it('the navigation link leads there from the planning mode', async () => {
    const s = strings('en');
    session = await openSession({ uiLanguage: 'en' });
    const { page } = session;
    await page.goto(`${baseUrl()}?ui=en`);
    await page.locator('h1', { hasText: s.wizard.needs.title }).waitFor();
    await page
      .getByRole('navigation', { name: s.common.modes.label })
      .getByRole('link', { name: s.common.modes.catalogue })
      .click();
    await page.locator('h1', { hasText: s.results.catalogue.title }).waitFor();
    expect(new URL(page.url()).searchParams.get('mode')).toBe('catalogue');
    await page.locator('[data-tool-id]').first().waitFor();
    expect(await page.locator('[data-tool-id]').count()).toBe(TOTAL);
    expect(foreignRequests(session.requests)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
