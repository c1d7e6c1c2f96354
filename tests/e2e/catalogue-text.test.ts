/*
 * The catalogue's text comes in a chunk per language (src/domain/catalogue-text.ts): the
 * production build ships the catalogue with every text empty, and a page loads the text of
 * the languages it shows. Only the built app has the text apart (the unit tests run on the
 * whole catalogue), so these tests check in the browser that each screen that shows the
 * catalogue's text has it: in the UI language, after a language switch, in the handout's own
 * language and in the catalogue's search.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, openSession, type Session } from './support/browser.ts';
import { strings } from './support/strings.ts';
import { fileOf, loaded } from './support/built-files.ts';
import tools from '../../data/tools.json';
import scenariosJson from '../../data/scenarios.json';
import rules from '../../data/ethics-rules.json';
import { UI_LANGUAGES, type UiLanguage } from '../../src/domain/taxonomy.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const TEXT = Object.fromEntries(
  UI_LANGUAGES.map((lang) => [lang, fileOf(`src/domain/bundled/catalogue-text-${lang}.ts`)]),
) as Record<UiLanguage, string>;

const toolName = (id: string, lang: UiLanguage) => tools.tools.find((t) => t.id === id)!.name[lang];
const shownIds = (page: Page) =>
  page.locator('[data-tool-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-tool-id') ?? ''));
/** The names on the result cards, as shown. */
const cardNames = (page: Page) =>
  page.locator('[data-tool-id] .tool-card__name').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), text);

const LINK = 'needs=youth,mental-wellbeing&age=teen&lang=fi&channels=chat&access=independent';

describe("the catalogue's text, a chunk per language", () => {
  it("a Finnish share link's results load the Finnish text alone, and show every name", async () => {
    const s = strings('fi');
    session = await openSession({ uiLanguage: 'fi' });
    const { page, requests, errors } = session;
    await page.goto(`${baseUrl()}?ui=fi&${LINK}`);
    await page.locator('h1', { hasText: s.results.title }).waitFor();
    await page.locator('[data-tool-id]').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(loaded(requests, TEXT.fi)).toBe(true);
    expect(loaded(requests, TEXT.sv)).toBe(false);
    expect(loaded(requests, TEXT.en)).toBe(false);
    const ids = await shownIds(page);
    expect(ids.length).toBeGreaterThan(2);
    expect(await cardNames(page)).toEqual(ids.map((id) => toolName(id, 'fi')));
    // The summaries too: none is empty.
    const summaries = await page.locator('[data-tool-id] .tool-card__summary').allTextContents();
    expect(summaries.length).toBe(ids.length);
    for (const summary of summaries) expect(summary.trim()).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('switching the UI language on the results shows the names in Swedish', async () => {
    const sv = strings('sv');
    session = await openSession({ uiLanguage: 'fi' });
    const { page, requests, errors } = session;
    await page.goto(`${baseUrl()}?ui=fi&${LINK}`);
    await page.locator('[data-tool-id]').first().waitFor();
    const ids = await shownIds(page);
    expect(loaded(requests, TEXT.sv)).toBe(false);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.locator('h1', { hasText: sv.results.title }).waitFor();
    expect(loaded(requests, TEXT.sv)).toBe(true);
    expect(await shownIds(page)).toEqual(ids);
    expect(await cardNames(page)).toEqual(ids.map((id) => toolName(id, 'sv')));
    for (const name of await cardNames(page)) expect(name.trim()).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('the client handout in English while the UI is Finnish names the tools in English', async () => {
    const fi = strings('fi');
    const en = strings('en');
    session = await openSession({ uiLanguage: 'fi' });
    const { page, requests, errors } = session;
    await page.goto(`${baseUrl()}?ui=fi&${LINK}`);
    await page.locator('[data-tool-id]').first().waitFor();
    const [first, second] = (await shownIds(page)) as [string, string];
    await page.getByLabel(fi.results.propose.replace('{{name}}', toolName(first, 'fi'))).check();
    await page.getByLabel(fi.results.propose.replace('{{name}}', toolName(second, 'fi'))).check();
    await page.getByRole('button', { name: fi.plan.printForClient }).click();
    await page.getByRole('heading', { name: fi.handout.panel.heading }).waitFor();
    expect(loaded(requests, TEXT.en)).toBe(false);
    await page.getByLabel(fi.handout.panel.language).selectOption('en');
    const preview = page.getByRole('region', { name: fi.handout.panel.preview });
    await preview.getByText(en.handout.doc.title, { exact: true }).waitFor();
    expect(loaded(requests, TEXT.en)).toBe(true);
    for (const id of [first, second])
      await preview.getByRole('heading', { name: toolName(id, 'en'), exact: true }).waitFor();
    // Every block of the sheet has a heading with text.
    for (const heading of await preview.locator('[data-handout-block] > :first-child').allTextContents())
      expect(heading.trim()).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('the Finnish catalogue finds a word of the English and the Swedish text, typed before they arrive', async () => {
    const c = strings('fi').results.catalogue;
    session = await openSession({ uiLanguage: 'fi' });
    const { page, requests, errors } = session;
    // The other languages' text is held back until the test lets it through.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/catalogue-text-(sv|en)-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}?mode=catalogue&ui=fi`);
    await page.locator('[data-tool-id]').first().waitFor();
    expect(loaded(requests, TEXT.sv) || loaded(requests, TEXT.en)).toBe(false);

    // "prison" is in English text only: no Finnish text has it.
    const word = 'prison';
    const textOf = (t: (typeof tools.tools)[number], lang: UiLanguage) =>
      [t.name[lang], t.provider[lang], t.summary[lang]].join(' ').toLowerCase();
    const expected = tools.tools.filter((t) => textOf(t, 'en').includes(word)).map((t) => t.id);
    expect(expected.length).toBeGreaterThan(1);
    expect(tools.tools.filter((t) => textOf(t, 'fi').includes(word))).toEqual([]);

    const search = page.getByRole('searchbox', { name: c.search });
    await search.fill(word);
    // Until the English text is there, the Finnish finds nothing; then the same query finds it all.
    await page.getByText(c.empty).waitFor();
    release();
    await expect.poll(async () => (await shownIds(page)).sort()).toEqual([...expected].sort());
    expect(await search.inputValue()).toBe(word);
    await page
      .getByText(fill(c.status_other, { count: expected.length, total: tools.tools.length }))
      .waitFor();

    // A Swedish place name, in no Finnish text.
    await search.fill('Tavastehus');
    await expect.poll(() => shownIds(page)).toEqual(['etakraatteri']);
    expect(toolName('etakraatteri', 'fi')).not.toContain('Tavastehus');
    expect(errors).toEqual([]);
  });

  it('a question step opened afresh with a plan names the tools its answer took out of the plan', async () => {
    const s = strings('fi');
    session = await openSession({ uiLanguage: 'fi' });
    const { page, errors } = session;
    await page.goto(`${baseUrl()}?ui=fi&${LINK}`);
    await page.locator('[data-tool-id]').first().waitFor();
    // A tool for young people that is not for mental wellbeing: it leaves the plan when
    // "youth" is no longer asked for.
    const id = (await shownIds(page)).find((shown) => {
      const needs = tools.tools.find((t) => t.id === shown)!.needs;
      return needs.includes('youth') && !needs.includes('mental-wellbeing');
    })!;
    expect(id).toBeDefined();
    await page.getByLabel(s.results.propose.replace('{{name}}', toolName(id, 'fi'))).check();
    await page.getByText(s.results.yourAnswers).click();
    const edit = s.wizard.review.editLabel.replace('{{question}}', s.wizard.questions.needs);
    await page.getByRole('button', { name: edit }).click();
    await page.getByRole('heading', { level: 1, name: s.wizard.needs.title }).waitFor();
    // The app opens again on that question, with the plan kept on the device.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: s.wizard.needs.title }).waitFor();
    await page.getByLabel(s.need('youth'), { exact: true }).uncheck();
    await page.getByRole('button', { name: s.wizard.next, exact: true }).click();
    const notice = page.getByRole('status').filter({ hasText: s.wizard.notices.planDropped });
    await notice.waitFor();
    expect(await notice.locator('.notice__details li').allTextContents()).toEqual([toolName(id, 'fi')]);
    expect(errors).toEqual([]);
  });

  it("a practice case's feedback names the tools, in Swedish", async () => {
    const s = strings('sv');
    const p = s.practice;
    const payday = scenariosJson.scenarios.find((c) => c.id === 'payday-loans-young-adult')!;
    const a = payday.expertAnswers;
    session = await openSession({ uiLanguage: 'sv' });
    const { page, requests, errors } = session;
    await page.goto(`${baseUrl()}?mode=practice&ui=sv&case=${payday.id}`);
    await page.getByRole('button', { name: p.vignette.begin }).click();
    const next = () => page.getByRole('button', { name: s.wizard.next, exact: true }).click();
    for (const need of a.needs.value) await page.getByLabel(s.need(need as 'youth'), { exact: true }).check();
    await next();
    await page.getByLabel(s.ageGroup(a.ageGroup.value as 'teen')).check();
    await page.getByLabel(s.language(a.language.value as 'fi'), { exact: true }).check();
    await page.getByLabel(s.access(a.access.value as 'independent'), { exact: true }).check();
    await next();
    for (const c of a.channels.value as string[])
      await page.getByLabel(s.channel(c as 'chat'), { exact: true }).check();
    await next();
    await page.locator('h1', { hasText: p.pickTools.title }).waitFor();
    for (const t of payday.expertTools) await page.getByLabel(toolName(t.id, 'sv'), { exact: true }).check();
    await next();
    await page.locator('h1', { hasText: p.ethics.title }).waitFor();
    for (const r of payday.expertEthics) {
      const prompt = rules.rules.find((rule) => rule.id === r.id)!.prompt.sv;
      await page.getByLabel(prompt, { exact: true }).check();
    }
    await page.getByRole('button', { name: p.ethics.submit }).click();
    await page.locator('h1', { hasText: p.feedback.title }).waitFor();
    for (const t of payday.expertTools) {
      const item = page.locator(`[data-group="agreed"] [data-tool-id="${t.id}"]`);
      expect(await item.locator('strong').textContent()).toBe(toolName(t.id, 'sv'));
    }
    expect(loaded(requests, TEXT.sv)).toBe(true);
    expect(loaded(requests, TEXT.fi)).toBe(false);
    expect(errors).toEqual([]);
  });
});
