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
} from './support/browser.ts';
import { strings, UI_LANGS } from './support/strings.ts';
import scenariosJson from '../../data/scenarios.json';
import tools from '../../data/tools.json';
import rules from '../../data/ethics-rules.json';
import { PRIMARY_CLIENT_LANGUAGE_IDS, type UiLanguage } from '../../src/domain/taxonomy.ts';
import { NO_DIGITAL_TOOL } from '../../src/domain/scenario.ts';
import { PRACTICE_STORAGE_KEY } from '../../src/ui/practice/practice-progress.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const PAYDAY = scenariosJson.scenarios.find((s) => s.id === 'payday-loans-young-adult')!;
const toolName = (id: string, lang: UiLanguage) => tools.tools.find((t) => t.id === id)?.name[lang] ?? id;
const rulePrompt = (id: string, lang: UiLanguage) => rules.rules.find((r) => r.id === id)?.prompt[lang] ?? id;
const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), text);

const heading = (page: Page) => page.locator('h1').first();
const expectHeading = async (page: Page, text: string) => {
  await page.locator('h1', { hasText: text }).waitFor();
  expect(await heading(page).textContent()).toBe(text);
  expect(await page.locator('h1').count()).toBe(1);
};
const expectFocusOnHeading = async (page: Page, text: string) => {
  await expectHeading(page, text);
  expect(await focused(page)).toEqual({ tag: 'h1', text });
};

type Labels = ReturnType<typeof strings>;
type Need = Parameters<Labels['need']>[0];
type AgeGroup = Parameters<Labels['ageGroup']>[0];
type Language = Parameters<Labels['language']>[0];
type Channel = Parameters<Labels['channel']>[0];
type Access = Parameters<Labels['access']>[0];

/** Answers the five questions on the three steps as the scenario's expert did. */
async function answerAsExpert(page: Page, lang: UiLanguage, scenario: typeof PAYDAY) {
  const s = strings(lang);
  const a = scenario.expertAnswers;
  const next = () => page.getByRole('button', { name: s.wizard.next, exact: true }).click();
  for (const need of a.needs.value) await page.getByLabel(s.need(need as Need), { exact: true }).check();
  await next();
  await expectFocusOnHeading(page, s.wizard.client.title);
  await page.getByLabel(s.ageGroup(a.ageGroup.value as AgeGroup)).check();
  if ((PRIMARY_CLIENT_LANGUAGE_IDS as readonly string[]).includes(a.language.value)) {
    await page.getByLabel(s.language(a.language.value as Language), { exact: true }).check();
  } else {
    await page.getByLabel(s.wizard.language.other, { exact: true }).check();
    await page.getByLabel(s.wizard.language.otherLabel).selectOption(a.language.value);
  }
  const access =
    a.access.value === 'skipped' ? s.wizard.access.skipOption : s.access(a.access.value as Access);
  await page.getByLabel(access, { exact: true }).check();
  await next();
  await expectFocusOnHeading(page, s.wizard.channels.title);
  const channels = a.channels.value as readonly string[] | 'any';
  if (channels === 'any') await page.getByLabel(s.wizard.channels.noPreference).check();
  else for (const c of channels) await page.getByLabel(s.channel(c as Channel), { exact: true }).check();
  await next();
}

describe.each(UI_LANGS)('practice mode in %s', (lang) => {
  const s = strings(lang);
  const p = s.practice;

  it('walks a case from the list to 100 % feedback with focus on each heading and no axe violations', async () => {
    session = await openSession({ uiLanguage: lang });
    const { page } = session;
    await page.goto(`${baseUrl()}?mode=practice&ui=${lang}`);
    // The list's heading and intro are painted from the page; the cases come with the app.
    await page.locator('[data-scenario-id]').first().waitFor();

    // list
    await expectHeading(page, p.list.title);
    await page.getByText(p.list.intro).waitFor();
    expect(await page.locator('[data-scenario-id]').count()).toBe(scenariosJson.scenarios.length);
    await expectNoAxeViolations(page, `${lang} practice list`);
    await screenshot(page, `${lang}-practice-1-list`);
    await page.getByRole('button', { name: `${p.list.start} ${PAYDAY.title[lang]}` }).click();

    // vignette
    await expectFocusOnHeading(page, PAYDAY.title[lang]);
    await page.getByText(PAYDAY.vignette[lang]).waitFor();
    await expectNoAxeViolations(page, `${lang} vignette`);
    await screenshot(page, `${lang}-practice-2-vignette`);
    await page.getByRole('button', { name: p.vignette.begin }).click();

    // the five questions on three steps
    await expectFocusOnHeading(page, s.wizard.needs.title);
    expect(await page.getByText(fill(s.wizard.progress, { current: 1, total: 3 })).count()).toBe(1);
    await expectNoAxeViolations(page, `${lang} practice needs`);
    await answerAsExpert(page, lang, PAYDAY);

    // pick tools: none is refused with a message, then the expert's pick
    await expectFocusOnHeading(page, p.pickTools.title);
    await page.getByRole('button', { name: s.wizard.next, exact: true }).click();
    await page.getByText(s.common.validation.toolsRequired).waitFor();
    expect(await page.locator('[data-tool-id]').count()).toBeGreaterThanOrEqual(PAYDAY.expertTools.length);
    await expectNoAxeViolations(page, `${lang} pick tools with an error`);
    await screenshot(page, `${lang}-practice-3-tools`);
    for (const t of PAYDAY.expertTools) await page.getByLabel(toolName(t.id, lang), { exact: true }).check();
    await page.getByRole('button', { name: s.wizard.next, exact: true }).click();

    // ethics
    await expectFocusOnHeading(page, p.ethics.title);
    expect(await page.locator('[data-prompt-id]').count()).toBeGreaterThanOrEqual(PAYDAY.expertEthics.length);
    await expectNoAxeViolations(page, `${lang} ethics marks`);
    await screenshot(page, `${lang}-practice-4-ethics`);
    for (const r of PAYDAY.expertEthics)
      await page.getByLabel(rulePrompt(r.id, lang), { exact: true }).check();
    await page.getByRole('button', { name: p.ethics.submit }).click();

    // feedback
    await expectFocusOnHeading(page, p.feedback.title);
    await page.getByText(fill(p.feedback.percent, { percent: 100 }), { exact: true }).waitFor();
    expect(await page.locator('[data-match="exact"]').count()).toBe(5);
    expect(await page.locator('[data-match="exact"]').first().textContent()).toContain(
      p.feedback.match.exact,
    );
    for (const t of PAYDAY.expertTools) {
      expect(await page.locator(`[data-group="agreed"] [data-tool-id="${t.id}"]`).count()).toBe(1);
    }
    await expectNoAxeViolations(page, `${lang} feedback`);
    await screenshot(page, `${lang}-practice-5-feedback`);

    // The device keeps the completed case and best score, across a reload.
    await page.getByRole('button', { name: p.allCases }).click();
    await expectFocusOnHeading(page, p.list.title);
    await page.reload();
    await expectHeading(page, p.list.title);
    const card = page.locator(`[data-scenario-id="${PAYDAY.id}"]`);
    await card.getByText(fill(p.list.completedBest, { percent: 100 })).waitFor();
    expect(
      JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PRACTICE_STORAGE_KEY)) ?? 'null'),
    ).toEqual({ schemaVersion: 1, completed: [PAYDAY.id], best: { [PAYDAY.id]: 100 } });

    expect(foreignRequests(session.requests)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe('practice mode on a phone and a desktop', () => {
  const s = strings('fi');
  const p = s.practice;
  const WIDTHS = [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ];
  const axeAtBothWidths = async (page: Page, where: string) => {
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      await expectNoAxeViolations(page, `${where} at ${size.width} px`);
    }
  };

  it('axe finds no violations on the list and on a feedback with differences, at 390 and 1280 px', async () => {
    session = await openSession({ uiLanguage: 'fi' });
    const { page } = session;
    await page.goto(`${baseUrl()}?mode=practice&ui=fi`);
    // The list's heading and intro are painted from the page; the cases come with the app.
    await page.locator('[data-scenario-id]').first().waitFor();
    await expectHeading(page, p.list.title);
    await axeAtBothWidths(page, 'the practice list');

    await page.getByRole('button', { name: `${p.list.start} ${PAYDAY.title.fi}` }).click();
    await page.getByRole('button', { name: p.vignette.begin }).click();
    await expectFocusOnHeading(page, s.wizard.needs.title);
    await answerAsExpert(page, 'fi', PAYDAY);

    // One of the expert's methods and one of the student's own; the same for the prompts.
    await expectFocusOnHeading(page, p.pickTools.title);
    const expertTools = new Set(PAYDAY.expertTools.map((t) => t.id));
    const offered = await page
      .locator('[data-tool-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-tool-id') ?? ''));
    const ownTool = offered.find((id) => !expertTools.has(id) && id !== NO_DIGITAL_TOOL)!;
    expect(ownTool).toBeDefined();
    await page.getByLabel(toolName(PAYDAY.expertTools[0]!.id, 'fi'), { exact: true }).check();
    await page.getByLabel(toolName(ownTool, 'fi'), { exact: true }).check();
    await page.getByRole('button', { name: s.wizard.next, exact: true }).click();
    await expectFocusOnHeading(page, p.ethics.title);
    const expertEthics = new Set(PAYDAY.expertEthics.map((r) => r.id));
    const shown = await page
      .locator('[data-prompt-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-prompt-id') ?? ''));
    const ownPrompt = shown.find((id) => !expertEthics.has(id));
    await page.getByLabel(rulePrompt(PAYDAY.expertEthics[0]!.id, 'fi'), { exact: true }).check();
    if (ownPrompt) await page.getByLabel(rulePrompt(ownPrompt, 'fi'), { exact: true }).check();
    await page.getByRole('button', { name: p.ethics.submit }).click();

    await expectFocusOnHeading(page, p.feedback.title);
    // The feedback shows a missed and an extra method, the extra one with its one-line reason.
    expect(await page.locator('[data-group="missed"] [data-tool-id]').count()).toBeGreaterThan(0);
    const extra = page.locator(`[data-group="extra"] [data-tool-id="${ownTool}"]`);
    expect(((await extra.locator('.practice-ids__why').textContent()) ?? '').length).toBeGreaterThan(0);
    await axeAtBothWidths(page, 'a practice feedback with differences');
    await page.setViewportSize(WIDTHS[0]!);
    await screenshot(page, 'fi-practice-feedback-phone');
    expect(session.errors).toEqual([]);
  });
});

describe('practice mode, resilience', () => {
  const s = strings('en');
  const p = s.practice;

  it('can be started with the keyboard alone', async () => {
    session = await openSession({ uiLanguage: 'en' });
    const { page } = session;
    await page.goto(`${baseUrl()}?mode=practice&ui=en`);
    // The list's heading and intro are painted from the page; the cases come with the app.
    await page.locator('[data-scenario-id]').first().waitFor();
    await expectHeading(page, p.list.title);
    const first = scenariosJson.scenarios[0]!;
    const tabTo = async (predicate: () => boolean, limit = 40) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(predicate)) return;
      }
      throw new Error('focus never reached the target');
    };
    await tabTo(() => document.activeElement?.textContent?.startsWith('Start') === true);
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, first.title.en);
    await tabTo(() => document.activeElement?.textContent === 'Begin');
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, s.wizard.needs.title);
    await tabTo(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');
  });

  it('each case has a named button and its own address, kept through a reload and a language switch', async () => {
    session = await openSession({ uiLanguage: 'en' });
    const { page } = session;
    await page.goto(`${baseUrl()}?mode=practice&ui=en`);
    // The list's heading and intro are painted from the page; the cases come with the app.
    await page.locator('[data-scenario-id]').first().waitFor();
    await expectHeading(page, p.list.title);
    const scenario = scenariosJson.scenarios[1]!;
    // Every case's button names its case.
    for (const c of scenariosJson.scenarios) {
      const name = `${p.list.start} ${c.title.en}`;
      expect(await page.getByRole('button', { name, exact: true }).count(), c.id).toBe(1);
    }
    await page.getByRole('button', { name: `${p.list.start} ${scenario.title.en}`, exact: true }).click();
    await expectHeading(page, scenario.title.en);
    await expect.poll(() => new URL(page.url()).searchParams.get('case')).toBe(scenario.id);
    expect(new URL(page.url()).searchParams.get('mode')).toBe('practice');

    await page.reload();
    await expectHeading(page, scenario.title.en);

    await page.getByRole('button', { name: 'Suomi' }).click();
    await expectHeading(page, scenario.title.fi);
    await expect.poll(() => new URL(page.url()).searchParams.get('ui')).toBe('fi');
    expect(new URL(page.url()).searchParams.get('case')).toBe(scenario.id);
    await page.reload();
    await expectHeading(page, scenario.title.fi);

    // Back to the list: the address is the list's again.
    await page.getByRole('button', { name: strings('fi').practice.allCases }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('case')).toBeNull();
  });

  it("opens the teacher link's case directly", async () => {
    session = await openSession({ uiLanguage: 'sv' });
    const { page } = session;
    const scenario = scenariosJson.scenarios[2]!;
    await page.goto(`${baseUrl()}?mode=practice&scenario=${scenario.id}&ui=sv`);
    await expectHeading(page, scenario.title.sv);
    await page.getByText(scenario.vignette.sv).waitFor();
    await page.getByRole('button', { name: strings('sv').practice.allCases }).click();
    await expectFocusOnHeading(page, strings('sv').practice.list.title);
  });

  it('discards a corrupted practice record with a visible notice instead of crashing', async () => {
    session = await openSession({ uiLanguage: 'en' });
    const { page } = session;
    await seedStorage(page, { [PRACTICE_STORAGE_KEY]: '{"schemaVersion":1,"completed":[' });
    await page.goto(`${baseUrl()}?mode=practice&ui=en`);
    // The list's heading and intro are painted from the page; the cases come with the app.
    await page.locator('[data-scenario-id]').first().waitFor();
    await page.getByText(p.notices.storageCorrupted).waitFor();
    await expectHeading(page, p.list.title);
    await expectNoAxeViolations(page, 'corrupted practice record notice');
    // Chromium asks for /favicon.ico on the seeding page (a 404 before the app runs).
    expect(session.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
