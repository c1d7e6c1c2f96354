import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  baseUrl,
  openSession,
  screenshot,
  type Session,
  foreignRequests,
  resultsShown,
} from './support/browser.ts';
import { strings, UI_LANGS } from './support/strings.ts';
import { pdfPages } from './support/pdf.ts';
import tools from '../../data/tools.json';
import { SESSION_STORAGE_KEY } from '../../src/domain/session-record.ts';

const sessions: Session[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});
const open = async (options: Parameters<typeof openSession>[0]) => {
  const s = await openSession(options);
  sessions.push(s);
  return s;
};

const LINK =
  'needs=older-people,mental-wellbeing&age=older-adult&lang=sv&channels=video,assistive-device&access=needs-support';
const NOTE = 'Keskustelu 12.3. – asiakas toivoi videoyhteyttä tyttären kanssa';
const toolName = (id: string, lang: 'fi' | 'sv' | 'en') =>
  tools.tools.find((t) => t.id === id)?.name[lang] ?? id;
const rankedIds = (page: Page) =>
  page.locator('[data-tool-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-tool-id') ?? ''));

describe.each(UI_LANGS)('the plan in %s', (lang) => {
  const s = strings(lang);

  it('prints a clean A4 plan, copies it as text, and shares a link that reproduces the ranking', async () => {
    const session = await open({ uiLanguage: lang, permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, context } = session;
    await page.goto(`${baseUrl()}?ui=${lang}&${LINK}`);
    await resultsShown(page, s.results.title);
    const ranking = await rankedIds(page);
    expect(ranking.length).toBeGreaterThan(2);
    const [first, second] = ranking as [string, string];

    // Choose two tools, mark one prompt considered, write a note.
    await page.getByLabel(s.results.propose.replace('{{name}}', toolName(first, lang))).check();
    await page.getByLabel(s.results.propose.replace('{{name}}', toolName(second, lang))).check();
    const firstPrompt = page.locator('[data-prompt-id]').first();
    const promptId = await firstPrompt.getAttribute('data-prompt-id');
    await firstPrompt.getByLabel(s.ethics.considered).check();
    await page.getByLabel(s.plan.note.label).fill(NOTE);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${lang}-8-plan`);

    // Print: the PDF is the plan alone, 1-2 A4 pages, in the UI language.
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = await pdfPages(new Uint8Array(pdf));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    const printed = pages.join('\n');
    expect(printed).toContain(s.plan.documentTitle);
    expect(printed).toContain(s.plan.sections.tools);
    expect(printed).toContain(toolName(first, lang));
    expect(printed).toContain(toolName(second, lang));
    expect(printed).toContain(NOTE);
    expect(printed).toContain(s.plan.consideredMark);
    // No navigation or buttons on paper.
    expect(printed).not.toContain(s.plan.print);
    expect(printed).not.toContain(s.common.skipToContent);
    expect(printed).not.toContain(s.wizard.restart.button);

    // Copy as text.
    await page.getByRole('button', { name: s.plan.copyText }).click();
    await page.getByText(s.plan.copiedText).waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(s.plan.documentTitle);
    expect(text).toContain(toolName(first, lang));
    expect(text).toContain(s.need('older-people'));
    expect(text).toContain(NOTE);
    expect(text).not.toContain('<');

    // The note and free text never reach storage or the address bar.
    const stored = await page.evaluate((key) => localStorage.getItem(key) ?? '', SESSION_STORAGE_KEY);
    expect(stored).toContain(first);
    expect(stored).toContain(promptId);
    expect(stored).not.toContain('Keskustelu');
    expect(decodeURIComponent(page.url())).not.toContain('Keskustelu');

    // Share link: a fresh context (another device) shows the same ranking.
    await page.getByRole('button', { name: s.plan.copyLink }).click();
    await page.getByText(s.plan.copiedLink).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).origin).toBe(new URL(baseUrl()).origin);
    const other = await open({ uiLanguage: 'fi' });
    await other.page.goto(link);
    await resultsShown(other.page, s.results.title);
    expect(await rankedIds(other.page)).toEqual(ranking);
    expect(await other.page.evaluate(() => document.documentElement.lang)).toBe(lang);

    // Chosen tools and marks survive a reload on the same device.
    await page.reload();
    await page.locator('[data-tool-id]').first().waitFor();
    expect(
      await page.getByLabel(s.results.propose.replace('{{name}}', toolName(first, lang))).isChecked(),
    ).toBe(true);
    expect(
      await page.locator(`[data-prompt-id="${promptId}"]`).getByLabel(s.ethics.considered).isChecked(),
    ).toBe(true);
    expect(await page.getByLabel(s.plan.note.label).inputValue()).toBe('');

    expect(foreignRequests(session.requests)).toEqual([]);
    expect(foreignRequests(other.requests)).toEqual([]);
    void context;
  });
});

describe('the plan follows the answers', () => {
  it('drops a chosen tool from the plan, its prompts and the printout when the needs no longer fit it', async () => {
    const s = strings('en');
    const session = await open({ uiLanguage: 'en' });
    const { page } = session;
    await page.goto(`${baseUrl()}?ui=en&${LINK}`);
    await resultsShown(page, s.results.title);
    const ranking = await rankedIds(page);
    // A tool for older people only: it serves no need once "older people" is taken away.
    const olderOnly = ranking.find((id) => {
      const needs = tools.tools.find((t) => t.id === id)?.needs ?? [];
      return needs.includes('older-people') && !needs.includes('mental-wellbeing');
    });
    expect(olderOnly).toBeDefined();
    const name = toolName(olderOnly!, 'en');
    await page.getByLabel(s.results.propose.replace('{{name}}', name)).check();
    const plan = page.locator('.plan');
    await expect.poll(() => plan.innerText()).toContain(name);

    // Edit the needs from the results: take "older people" away.
    await page.getByText(s.results.yourAnswers).click();
    await page
      .getByRole('button', {
        name: s.wizard.review.editLabel.replace('{{question}}', s.wizard.questions.needs),
      })
      .click();
    await page.locator('h1', { hasText: s.wizard.needs.title }).waitFor();
    await page.getByLabel(s.need('older-people'), { exact: true }).uncheck();
    // A step opened from the results leads back to them.
    await page.getByRole('button', { name: s.wizard.showResults }).click();

    // A notice names the tool that left the plan.
    const notice = page.getByRole('status').filter({ hasText: s.wizard.notices.planDropped });
    await notice.waitFor();
    expect(await notice.innerText()).toContain(name);
    await screenshot(page, 'en-plan-dropped-notice');

    await resultsShown(page, s.results.title);
    expect(await page.locator(`[data-tool-id="${olderOnly}"]`).count()).toBe(0);
    expect(await plan.innerText()).not.toContain(name);
    // Nor does the printout or the device record know it.
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect((await pdfPages(new Uint8Array(pdf))).join('\n')).not.toContain(name);
    const stored = await page.evaluate((key) => localStorage.getItem(key) ?? '', SESSION_STORAGE_KEY);
    expect(stored).not.toContain(olderOnly);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('privacy and safety', () => {
  it('ships a Content-Security-Policy that forbids inline scripts and other origins', async () => {
    const { page } = await open({});
    await page.goto(baseUrl());
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
  });

  it('handles a hostile link: no script runs, nothing is rendered as HTML, values dropped with a notice', async () => {
    const session = await open({ uiLanguage: 'en' });
    const { page } = session;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const hostile =
      `?ui=en&needs=${encodeURIComponent('<img src=x onerror=alert(1)>')},youth&needs=child-protection` +
      `&age=${'teen'.repeat(400)}&lang=${encodeURIComponent('"><script>alert(2)</script>')}&evil=1`;
    await page.goto(baseUrl() + hostile);
    const s = strings('en');
    await page.locator('.notice').waitFor();
    expect(await page.locator('.notice li li').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.locator('h1', { hasText: s.wizard.client.title }).waitFor();
    expect(foreignRequests(session.requests)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works offline after the first visit', async () => {
    const { page, context } = await open({ uiLanguage: 'en', serviceWorkers: 'allow' });
    await page.goto(`${baseUrl()}?ui=en`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.goto(`${baseUrl()}?ui=en&${LINK}`);
    const s = strings('en');
    await resultsShown(page, s.results.title);
    expect(await page.locator('[data-tool-id]').count()).toBeGreaterThan(2);
    await context.setOffline(false);
  });

  it('answers a link the server refuses (431 for 20 KB) with the app, which says what it dropped', async () => {
    const { page } = await open({ uiLanguage: 'en', serviceWorkers: 'allow' });
    await page.goto(`${baseUrl()}?ui=en`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const s = strings('en');
    const response = await page.goto(`${baseUrl()}?ui=en&needs=youth&junk=${'x'.repeat(20_000)}`);
    // The service worker gave the stored app shell in place of the server's refusal.
    expect(response?.status()).toBe(200);
    await page.getByText(s.wizard.notices.linkTooLong).waitFor();
    await page.locator('h1', { hasText: s.wizard.needs.title }).waitFor();
  });
});
