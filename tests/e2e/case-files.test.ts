/*
 * What a lecturer brings and a student hands in (issue 17): a case file with one bad case,
 * playing one of its cases, saving the attempt, and the class summary of three attempts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  baseUrl,
  expectNoAxeViolations,
  focused,
  openSession,
  screenshot,
  type Session,
} from './support/browser.ts';
import { strings } from './support/strings.ts';
import { pdfPages } from './support/pdf.ts';
import tools from '../../data/tools.json';
import rules from '../../data/ethics-rules.json';
import { AttemptFile, buildAttemptFile } from '../../src/domain/attempt-file.ts';
import { catalogue } from '../../src/domain/catalogue-data.ts';
import { parseCaseFile } from '../../src/domain/case-file.ts';
import { ethicsRules } from '../../src/domain/ethics-data.ts';
import { expertAnswerValues } from '../../src/domain/scenario.ts';
import { scenarios } from '../../src/domain/scenario-data.ts';
import { scorePractice } from '../../src/engine/practice-score.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const FILE_NAME = 'course-cases.json';
const FILE_TEXT = readFileSync(
  new URL('../../docs/examples/case-file-with-a-bad-case.json', import.meta.url),
  'utf8',
);
const refs = {
  toolIds: new Set(catalogue.map((t) => t.id)),
  ethicsRuleIds: new Set(ethicsRules.map((r) => r.id)),
  takenCaseIds: new Set(scenarios.map((s) => s.id)),
};
const CASE = parseCaseFile(FILE_NAME, FILE_TEXT, refs).cases.find((c) => c.id === 'grandmother-far-away')!;
const s = strings('en');
const t = s.teaching;
const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((out, [k, v]) => out.replaceAll(`{{${k}}}`, String(v)), text);
const toolName = (id: string) => tools.tools.find((x) => x.id === id)?.name.en ?? id;
const rulePrompt = (id: string) => rules.rules.find((r) => r.id === id)?.prompt.en ?? id;
const json = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});

/** Answers the five questions of the case as its expert did (English UI): needs, then the client
 * (age group, language, access), then channels. */
async function answerAsExpert(page: Page) {
  const a = expertAnswerValues(CASE.expertAnswers);
  const next = () => page.getByRole('button', { name: s.wizard.next, exact: true }).click();
  for (const need of a.needs) await page.getByLabel(s.need(need), { exact: true }).check();
  await next();
  await page.getByLabel(s.ageGroup(a.ageGroup as 'older-adult')).check();
  await page.getByLabel(s.language(a.language as 'fi'), { exact: true }).check();
  await page.getByLabel(s.access(a.access as 'needs-support'), { exact: true }).check();
  await next();
  for (const c of a.channels as string[])
    await page.getByLabel(s.channel(c as 'video'), { exact: true }).check();
  await next();
}

describe('case files, attempts and the class summary', () => {
  it('opens a case file with one bad case, plays a good one, saves the attempt and summarises three', async () => {
    session = await openSession({ uiLanguage: 'en' });
    const { page } = session;
    await page.goto(`${baseUrl()}?mode=practice&ui=en`);
    // The list's heading and intro are painted from the page; the cases come with the app.
    await page.locator('[data-scenario-id]').first().waitFor();
    await page.locator('h1', { hasText: s.practice.list.title }).waitFor();

    // Open the lecturer's file: the good cases appear, the bad one is named with field and reason.
    await page.getByLabel(t.caseFiles.open).setInputFiles(json(FILE_NAME, JSON.parse(FILE_TEXT)));
    await page.getByText(fill(t.caseFiles.opened, { file: FILE_NAME, good: 2, bad: 1 })).waitFor();
    const file = page.locator(`[data-case-file="${FILE_NAME}"]`);
    expect(
      await file
        .locator('[data-scenario-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-scenario-id'))),
    ).toEqual(['debt-letters-unopened', 'grandmother-far-away']);
    const bad = file.locator('[data-case-error="debt-chatbot"]');
    expect(await bad.textContent()).toBe(
      `${fill(t.caseFiles.caseWithId, { number: 2, id: 'debt-chatbot' })}, ${fill(t.caseFiles.field, { field: 'expertTools[0].id' })}: ` +
        `${t.caseFiles.codes['unknown-tool']} (${fill(t.caseFiles.value, { value: 'velka-botti' })})`,
    );
    await expectNoAxeViolations(page, 'the case list with an opened case file');
    await screenshot(page, 'teaching-1-case-file');

    // Export a built-in case with the keyboard: a case file that reads back as that case.
    const builtIn = scenarios[0]!;
    const exportButton = page.getByRole('button', { name: `${t.caseFiles.export} ${builtIn.title.en}` });
    await exportButton.focus();
    const [exported] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const dir = mkdtempSync(join(tmpdir(), 'wtn-'));
    await exported.saveAs(join(dir, 'case.json'));
    expect(exported.suggestedFilename()).toBe(`case-${builtIn.id}.json`);
    const back = parseCaseFile('case.json', readFileSync(join(dir, 'case.json'), 'utf8'), {
      ...refs,
      takenCaseIds: new Set(),
    });
    expect(back.errors).toEqual([]);
    expect(back.cases).toEqual([builtIn]);

    // Play the good case from the file.
    await page.getByRole('button', { name: `${s.practice.list.start} ${CASE.title.en}` }).click();
    await page.locator('h1', { hasText: CASE.title.en }).waitFor();
    await page.getByRole('button', { name: s.practice.vignette.begin }).click();
    await page.locator('h1', { hasText: s.wizard.needs.title }).waitFor();
    await answerAsExpert(page);
    await page.locator('h1', { hasText: s.practice.pickTools.title }).waitFor();
    for (const x of CASE.expertTools) await page.getByLabel(toolName(x.id), { exact: true }).check();
    await page.getByRole('button', { name: s.wizard.next, exact: true }).click();
    await page.locator('h1', { hasText: s.practice.ethics.title }).waitFor();
    for (const r of CASE.expertEthics) {
      const box = page.getByLabel(rulePrompt(r.id), { exact: true });
      if ((await box.count()) > 0) await box.check();
    }
    await page.getByRole('button', { name: s.practice.ethics.submit }).click();
    await page.locator('h1', { hasText: s.practice.feedback.title }).waitFor();

    // Save my answers: the attempt file, and a printed record.
    await page.getByRole('heading', { name: t.attempt.heading }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t.attempt.download }).click(),
    ]);
    await download.saveAs(join(dir, 'attempt.json'));
    const saved = AttemptFile.parse(JSON.parse(readFileSync(join(dir, 'attempt.json'), 'utf8')));
    expect(saved.caseId).toBe(CASE.id);
    expect(saved.picks).toEqual(CASE.expertTools.map((x) => x.id));
    expect(saved.matches).toEqual({
      needs: 'exact',
      ageGroup: 'exact',
      language: 'exact',
      channels: 'exact',
      access: 'exact',
    });
    await page.getByText(fill(t.attempt.saved, { file: download.suggestedFilename() })).waitFor();
    await expectNoAxeViolations(page, 'the feedback with Save my answers');

    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: t.attempt.print }).click();
    const record = (await pdfPages(new Uint8Array(await page.pdf({ format: 'A4' }))))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(record).toContain(t.attempt.recordTitle);
    expect(record).toContain(fill(t.attempt.score, { percent: saved.score.percent }));
    expect(record).not.toContain(s.practice.feedback.title);

    // Two classmates' attempts at the same case: one without ethics, one with no right method.
    const expert = expertAnswerValues(CASE.expertAnswers);
    const noEthics = buildAttemptFile(
      scorePractice(CASE, { answers: expert, tools: CASE.expertTools.map((x) => x.id), ethics: [] }),
      new Date(),
    );
    const wrongTool = buildAttemptFile(
      scorePractice(CASE, { answers: { ...expert, channels: ['chat'] }, tools: ['netari-fi'], ethics: [] }),
      new Date(),
    );

    // The lecturer opens the three files and sees the summary.
    await page.getByRole('button', { name: s.practice.allCases }).click();
    await page.locator('h1', { hasText: s.practice.list.title }).waitFor();
    await page
      .getByLabel(t.summary.open)
      .setInputFiles([
        json('a1.json', saved),
        json('a2.json', noEthics),
        json('a3.json', wrongTool),
        json('notes.json', { hello: 1 }),
      ]);
    await page.getByText(fill(t.summary.read, { count: 3 })).waitFor();
    await page
      .getByText(
        fill(t.summary.problem, { file: 'notes.json', reason: t.summary.problems['not-an-attempt'] }),
      )
      .waitFor();
    const summary = page.locator(`[data-summary-case="${CASE.id}"]`);
    await summary.getByRole('heading', { name: CASE.title.en }).waitFor();
    expect(await summary.textContent()).toContain(fill(t.summary.attempts, { count: 3 }));
    const percents = [saved, noEthics, wrongTool].map((a) => a.score.percent).sort((a, b) => a - b);
    expect(await summary.textContent()).toContain(
      fill(t.summary.range, { lowest: percents[0]!, median: percents[1]!, highest: percents[2]! }),
    );
    const bandCounts = await summary.locator('tbody tr td').allTextContents();
    expect(bandCounts.map(Number).reduce((a, b) => a + b, 0)).toBe(3);
    expect(
      await summary.locator('[data-missed="tools"] [data-tool-id]').first().getAttribute('data-tool-id'),
    ).toBe(CASE.expertTools[0]!.id);
    expect(await summary.locator('[data-missed="prompts"] li').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the class summary');
    await screenshot(page, 'teaching-2-class-summary');

    // Remove the file's cases: gone from the list.
    await file.getByRole('button', { name: t.caseFiles.remove }).click();
    expect(await page.locator(`[data-scenario-id="${CASE.id}"]`).count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    expect(await focused(page)).toEqual({ tag: 'h2', text: t.caseFiles.heading });
    expect(session.errors).toEqual([]);
  });
});
