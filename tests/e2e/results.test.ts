import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, openSession, screenshot, type Session } from './support/browser.ts';
import { strings, UI_LANGS } from './support/strings.ts';

/*
 * The results at a client meeting: the plan bar at hand at every scroll position, equal scores
 * shown as one group, a header that fits a 320 px screen in every language, no axe violations.
 */
const sessions: Session[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});
const open = async (options: Parameters<typeof openSession>[0] = {}) => {
  const s = await openSession(options);
  sessions.push(s);
  return s;
};

const YOUTH = 'needs=youth&age=teen&lang=fi&channels=chat&access=independent';
const NO_ACCESS = 'needs=family-work&age=adult&lang=fi&channels=any&access=no-access';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function openResults(page: Page, lang: 'fi' | 'sv' | 'en', query: string) {
  await page.goto(`${baseUrl()}?ui=${lang}&${query}`);
  await page.locator('[data-tool-id]').first().waitFor();
}

/** Whether the element lies wholly inside the viewport. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });

describe('the plan bar', () => {
  it('stays in view at mid-scroll on a 390 px phone, counts the plan aloud, and prints from there', async () => {
    const { page } = await open();
    const s = strings('en');
    await page.setViewportSize(PHONE);
    await openResults(page, 'en', YOUTH);
    const bar = page.getByRole('region', { name: s.plan.bar.label });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    expect(await inView(page, '.plan-bar')).toBe(true);
    await screenshot(page, 'results-phone-mid-scroll');
    const count = bar.getByRole('status').first();
    expect(await count.getAttribute('aria-live')).toBe('polite');
    expect(await count.textContent()).toBe(s.plan.bar.count_zero);

    // Add a tool in the middle of the page: the bar's count changes where it is.
    const middle = page.locator('[data-tool-id]').nth(3);
    const name = (await middle.locator('h3').textContent()) ?? '';
    await middle.getByRole('checkbox', { name: s.results.propose.replace('{{name}}', name) }).check();
    expect(await count.textContent()).toBe(s.plan.bar.count_one.replace('{{count}}', '1'));
    expect(await inView(page, '.plan-bar')).toBe(true);

    // The print and copy actions are in the bar and reachable by keyboard.
    for (const action of [s.plan.print, s.plan.copyText]) {
      const button = bar.getByRole('button', { name: action });
      await button.focus();
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    }
    const printed = page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          window.print = () => resolve(true);
        }),
    );
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await printed).toBe(true);
  });
});

describe('honest order', () => {
  it('shows tools of equal score as one "equally suitable" group, with a band and no n/100', async () => {
    const { page } = await open();
    const s = strings('fi');
    await page.setViewportSize(PHONE);
    await openResults(page, 'fi', NO_ACCESS);
    const cards = await page.locator('[data-tool-id]').count();
    expect(cards).toBeGreaterThan(1);
    const tie = page.getByRole('list', {
      name: new RegExp(s.results.tie_other.replace('{{count}}', String(cards))),
    });
    expect(await tie.locator('[data-tool-id]').count()).toBe(cards);
    expect(await page.locator('main').textContent()).not.toMatch(/\d+\/100/);
    expect(await page.locator('.tool-card__rank').count()).toBe(0);
    await screenshot(page, 'results-phone-tie');
  });
});

describe('the header', () => {
  const pages = ['', '?mode=practice', '?mode=catalogue', `?${YOUTH}`];
  it.each(UI_LANGS)('does not overflow a 320 px screen on any page (%s)', async (lang) => {
    const { page } = await open({ uiLanguage: lang });
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of pages) {
      const sep = path === '' ? '?' : '&';
      await page.goto(`${baseUrl()}${path}${sep}ui=${lang}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        header: document.querySelector('.site-header')!.scrollWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter(
            (el) =>
              el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 ||
              (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'),
          )
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
          .slice(0, 5),
      }));
      expect(widths.scroll, `${lang} ${path}: ${widths.wide.join(' ')}`).toBeLessThanOrEqual(widths.client);
      expect(widths.header, `${lang} ${path} header`).toBeLessThanOrEqual(widths.client);
      await page.screenshot({
        path: `test-results/screenshots/header-320-${lang}${path.replace(/[^a-z]+/g, '-')}.png`,
      });
    }
  });
});

describe('accessibility', () => {
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('axe finds no violations on the results (%s)', async (name, viewport) => {
    const { page } = await open();
    await page.setViewportSize(viewport);
    await openResults(page, 'fi', YOUTH);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `results-${name}`);
  });
});
