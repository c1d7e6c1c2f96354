import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  baseUrl,
  focused,
  openSession,
  screenshot,
  seedStorage,
  type Session,
  expectNoAxeViolations,
  foreignRequests,
  resultsShown,
} from './support/browser.ts';
import { strings, UI_LANGS } from './support/strings.ts';
import { SESSION_STORAGE_KEY } from '../../src/domain/session-record.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const heading = (page: Page) => page.locator('h1').first();
const expectHeading = async (page: Page, text: string) => {
  await page.locator('h1', { hasText: text }).waitFor();
  expect(await heading(page).textContent()).toBe(text);
};

describe.each(UI_LANGS)('the wizard in %s', (lang) => {
  const s = strings(lang);

  it('walks every step to the results with focus on each heading and no axe violations', async () => {
    session = await openSession({ uiLanguage: lang });
    const { page } = session;
    await page.goto(`${baseUrl()}?ui=${lang}`);

    // needs
    await expectHeading(page, s.wizard.needs.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.title()).toBe(s.common.appName);
    await expectNoAxeViolations(page, `${lang} needs`);
    await screenshot(page, `${lang}-1-needs`);
    await page.getByRole('button', { name: s.wizard.next }).click();
    await page.getByText(s.common.validation.needsRequired).waitFor();
    await expectNoAxeViolations(page, `${lang} needs with an error`);
    await page.getByLabel(s.need('youth'), { exact: true }).check();
    await page.getByLabel(s.need('addiction'), { exact: true }).check();
    await page.getByRole('button', { name: s.wizard.next }).click();

    // about the client: age group, language (another one from the list) and access
    await expectHeading(page, s.wizard.client.title);
    expect(await focused(page)).toEqual({ tag: 'h1', text: s.wizard.client.title });
    expect(
      await page.getByText(s.wizard.progress.replace('{{current}}', '2').replace('{{total}}', '3')).count(),
    ).toBe(1);
    // The client's language starts as the UI language, and says so.
    expect(await page.getByLabel(s.language(lang), { exact: true }).isChecked()).toBe(true);
    await page.getByText(s.wizard.language.suggested).waitFor();
    await page.getByRole('button', { name: s.wizard.next }).click();
    await page.getByText(s.common.validation.ageGroupRequired).waitFor();
    await page.getByText(s.common.validation.accessRequired).waitFor();
    await expectNoAxeViolations(page, `${lang} client with errors`);
    await page.getByLabel(s.ageGroup('teen')).check();
    await page.getByLabel(s.wizard.language.other, { exact: true }).check();
    await page.getByLabel(s.wizard.language.otherLabel).selectOption('ar');
    await page.getByLabel(s.access('needs-support'), { exact: true }).check();
    await expectNoAxeViolations(page, `${lang} client`);
    await screenshot(page, `${lang}-2-client`);
    await page.getByRole('button', { name: s.wizard.next }).click();

    // channels, the last step: its button leads to the results
    await expectHeading(page, s.wizard.channels.title);
    expect(await focused(page)).toEqual({ tag: 'h1', text: s.wizard.channels.title });
    await page.getByLabel(s.channel('game'), { exact: true }).check();
    await page.getByLabel(s.channel('mobile-app'), { exact: true }).check();
    await expectNoAxeViolations(page, `${lang} channels`);
    await screenshot(page, `${lang}-3-channels`);
    await page.getByRole('button', { name: s.wizard.showResults }).click();

    // results
    await expectHeading(page, s.results.title);
    await page.locator('[data-tool-id]').first().waitFor();
    // The ethics prompts follow the cards, in a chunk of their own.
    await page.locator('[data-prompt-id]').first().waitFor();
    expect(await page.locator('[data-tool-id]').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-prompt-id]').count()).toBeGreaterThan(3);
    // What must be weighed comes first, then what to check, then what to reflect on.
    const kinds = await page
      .locator('[data-prompt-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-kind') ?? ''));
    const order = ['must', 'check', 'reflect'];
    expect(kinds[0]).toBe('must');
    expect([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kinds);
    await expectNoAxeViolations(page, `${lang} results`);
    await screenshot(page, `${lang}-4-results`);

    // The address bar holds the answers, and nothing left the app's own origin.
    const url = new URL(page.url());
    expect(url.searchParams.get('needs')).toBe('youth,addiction');
    expect(url.searchParams.get('age')).toBe('teen');
    expect(url.searchParams.get('lang')).toBe('ar');
    expect(url.searchParams.get('ui')).toBe(lang);
    expect(foreignRequests(session.requests)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe('the wizard, resilience', () => {
  const s = strings('en');

  it('can be walked with the keyboard alone', async () => {
    session = await openSession({ uiLanguage: 'en' });
    const { page } = session;
    await page.goto(`${baseUrl()}?ui=en`);
    await expectHeading(page, s.wizard.needs.title);
    // Skip link first, then the header, then the form: tab until the first need checkbox.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe(s.common.skipToContent);
    await page.keyboard.press('Enter');
    /** Presses Tab until the focused element is an input of `type` or has the text `text`. */
    const tabTo = async (target: { type?: string; text?: string; tags?: string[] }, limit = 60) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const hit = await page.evaluate((t) => {
          const el = document.activeElement as HTMLInputElement | null;
          if (!el) return false;
          if (t.type !== undefined) return el.type === t.type;
          if (t.text !== undefined) return el.textContent === t.text;
          return (t.tags ?? []).includes(el.tagName);
        }, target);
        if (hit) return;
      }
      throw new Error(`focus never reached ${JSON.stringify(target)}`);
    };
    await tabTo({ type: 'checkbox' });
    await page.keyboard.press('Space');
    await tabTo({ text: s.wizard.next });
    await page.keyboard.press('Enter');
    await expectHeading(page, s.wizard.client.title);
    expect((await focused(page)).tag).toBe('h1');
    // Radio groups: Tab into each, arrows choose (the language is already the UI language).
    await tabTo({ type: 'radio' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo({ text: s.wizard.next });
    await page.keyboard.press('Enter');
    await expectHeading(page, s.wizard.channels.title);
    await tabTo({ type: 'checkbox' });
    await page.keyboard.press('Space');
    await tabTo({ text: s.wizard.showResults });
    await page.keyboard.press('Enter');
    await expectHeading(page, s.results.title);
    expect((await focused(page)).tag).toBe('h1');
    // Focus is visible: the focused heading or control draws an outline.
    await tabTo({ tags: ['BUTTON', 'SELECT', 'SUMMARY'] });
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');
  });

  it("opens a long list and a prompt's sources by keyboard, with focus on the first new card", async () => {
    session = await openSession({ uiLanguage: 'en' });
    const { page } = session;
    await page.goto(
      `${baseUrl()}?ui=en&needs=financial-social-work,youth&age=young-adult&lang=fi&channels=chat,web&access=independent`,
    );
    await expectHeading(page, s.results.title);
    await resultsShown(page, s.results.title);
    const template = s.results.showAll_other;
    const showAll = page.getByRole('button', {
      name: new RegExp(`^${template.replace('{{count}}', '\\d+')}$`),
    });
    expect(await showAll.count()).toBe(1);
    const clientCards = page.locator('section[aria-labelledby="client-tools-heading"] [data-tool-id]');
    const before = await page.locator('[data-tool-id]').count();
    const clientBefore = await clientCards.count();
    await showAll.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-tool-id]').count()).toBeGreaterThan(before);
    // Focus is on the name of the first card that appeared in the client list.
    const firstNew = clientCards.nth(clientBefore);
    const name = (await firstNew.locator('h3').textContent()) ?? '';
    expect(await focused(page)).toEqual({ tag: 'h3', text: name });
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');

    const prompt = page.locator('[data-prompt-id]').first();
    const summary = prompt.locator('summary');
    const firstSource = prompt.locator('.prompt__source li').first();
    expect(await firstSource.isVisible()).toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    await firstSource.waitFor();
    await expectNoAxeViolations(page, 'results with every card and a source list open');
  });

  it('resumes at the same step with the same answers after a reload, and follows back/forward', async () => {
    session = await openSession({ uiLanguage: 'en' });
    const { page } = session;
    await page.goto(`${baseUrl()}?ui=en`);
    await page.getByLabel(s.need('older-people'), { exact: true }).check();
    await page.getByRole('button', { name: s.wizard.next }).click();
    await page.getByLabel(s.ageGroup('older-adult')).check();
    await page.getByLabel(s.access('no-access'), { exact: true }).check();
    await page.getByRole('button', { name: s.wizard.next }).click();
    await expectHeading(page, s.wizard.channels.title);

    await page.reload();
    await expectHeading(page, s.wizard.channels.title);

    await page.goBack();
    await expectHeading(page, s.wizard.client.title);
    expect(await page.getByLabel(s.ageGroup('older-adult')).isChecked()).toBe(true);
    await page.goBack();
    await expectHeading(page, s.wizard.needs.title);
    expect(await page.getByLabel(s.need('older-people'), { exact: true }).isChecked()).toBe(true);
    await page.goForward();
    await expectHeading(page, s.wizard.client.title);
  });

  it('switching the UI language mid-wizard keeps the step and every answer', async () => {
    session = await openSession({ uiLanguage: 'fi' });
    const { page } = session;
    await page.goto(`${baseUrl()}?needs=youth&age=teen`);
    const fi = strings('fi');
    const sv = strings('sv');
    await expectHeading(page, fi.wizard.client.title);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expectHeading(page, sv.wizard.client.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(await page.getByLabel(sv.ageGroup('teen')).isChecked()).toBe(true);
    // The untouched language suggestion follows the UI language.
    expect(await page.getByLabel(sv.language('sv'), { exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: sv.wizard.back }).click();
    await expectHeading(page, sv.wizard.needs.title);
    await page.reload();
    await expectHeading(page, sv.wizard.needs.title);
  });

  it('discards a corrupted device record with a visible notice instead of crashing', async () => {
    session = await openSession({ uiLanguage: 'en' });
    const { page } = session;
    await seedStorage(page, { [SESSION_STORAGE_KEY]: '{"version":1,"step":"results","answers":{"needs":' });
    await page.goto(`${baseUrl()}?ui=en`);
    await page.getByText(s.wizard.notices.storageCorrupted).waitFor();
    await expectHeading(page, s.wizard.needs.title);
    await expectNoAxeViolations(page, 'corrupted-record notice');
    expect(session.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });

  it('drops one bad value of a link with a notice and opens the first unanswered step', async () => {
    session = await openSession({ uiLanguage: 'en' });
    const { page } = session;
    await page.goto(`${baseUrl()}?ui=en&needs=youth,divorce&age=teen&lang=fi&channels=any`);
    // Access is missing, so the step that asks it opens.
    await page.getByText(s.wizard.notices.linkDropped_one).waitFor();
    expect(await page.locator('.notice code', { hasText: 'divorce' }).count()).toBe(1);
    await expectHeading(page, s.wizard.client.title);
    await expectNoAxeViolations(page, 'link notice');
    await screenshot(page, 'en-link-notice');
  });

  it('"Start over" asks first, then clears everything', async () => {
    session = await openSession({ uiLanguage: 'en' });
    const { page } = session;
    await page.goto(`${baseUrl()}?ui=en&needs=youth&age=teen&lang=fi&channels=any&access=skipped`);
    await expectHeading(page, s.results.title);
    await page.getByRole('button', { name: s.wizard.restart.button }).click();
    await page.getByText(s.wizard.restart.question).waitFor();
    await page.getByRole('button', { name: s.wizard.restart.cancel }).click();
    await expectHeading(page, s.results.title);
    await page.getByRole('button', { name: s.wizard.restart.button }).click();
    await page.getByRole('button', { name: s.wizard.restart.confirm }).click();
    await expectHeading(page, s.wizard.needs.title);
    await page.reload();
    await expectHeading(page, s.wizard.needs.title);
    expect(await page.getByLabel(s.need('youth'), { exact: true }).isChecked()).toBe(false);
  });
});
