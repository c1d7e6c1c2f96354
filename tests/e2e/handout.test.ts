/*
 * The client handout (issue 17): chosen in Swedish while the UI is Finnish, printed to one A4
 * page, no support needs unless ticked, and the practitioner's name and contact never stored.
 */
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  baseUrl,
  expectNoAxeViolations,
  focused,
  openSession,
  SCREENSHOT_DIR,
  type Session,
  resultsShown,
} from './support/browser.ts';
import { strings } from './support/strings.ts';
import { pdfPages } from './support/pdf.ts';
import tools from '../../data/tools.json';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

// The client speaks Swedish; the practitioner works in Finnish.
const LINK =
  'needs=older-people,mental-wellbeing&age=older-adult&lang=sv&channels=video,assistive-device&access=needs-support';
const NAME = 'Maija Meikäläinen';
const CONTACT = '040 123 4567 maija@example.fi';
const toolName = (id: string, lang: 'fi' | 'sv' | 'en') =>
  tools.tools.find((t) => t.id === id)?.name[lang] ?? id;
const rankedIds = (page: Page) =>
  page.locator('[data-tool-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-tool-id') ?? ''));

/** Everything the page keeps: both storages and the address. */
const kept = (page: Page) =>
  page.evaluate(() => {
    const all = (s: Storage) =>
      Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`);
    return [...all(localStorage), ...all(sessionStorage), decodeURIComponent(location.href)].join('\n');
  });

describe('the client handout', () => {
  const fi = strings('fi');
  const sv = strings('sv');

  it('prints one A4 page in Swedish while the UI is Finnish, without needs by default, and stores nothing of the contact fields', async () => {
    session = await openSession({ uiLanguage: 'fi' });
    const { page } = session;
    await page.goto(`${baseUrl()}?ui=fi&${LINK}`);
    await resultsShown(page, fi.results.title);
    const [first, second] = (await rankedIds(page)) as [string, string];
    await page.getByLabel(fi.results.propose.replace('{{name}}', toolName(first, 'fi'))).check();
    await page.getByLabel(fi.results.propose.replace('{{name}}', toolName(second, 'fi'))).check();

    // Keyboard: the button opens the handout and focus moves to its heading.
    await page.getByRole('button', { name: fi.plan.printForClient }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: fi.handout.panel.heading }).waitFor();
    expect(await focused(page)).toEqual({ tag: 'h3', text: fi.handout.panel.heading });

    // The handout language defaults to the client's (Swedish), apart from the UI language.
    const language = page.getByLabel(fi.handout.panel.language);
    expect(await language.inputValue()).toBe('sv');
    const preview = page.getByRole('region', { name: fi.handout.panel.preview });
    await preview.getByText(sv.handout.doc.title).waitFor();
    expect(await preview.locator('[lang="sv"]').count()).toBe(1);

    // Name and contact typed with the keyboard.
    await page.getByLabel(fi.handout.panel.name).focus();
    await page.keyboard.type(NAME);
    await page.keyboard.press('Tab');
    await page.keyboard.type(CONTACT);
    await preview.getByText(CONTACT, { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'the client handout panel');

    // Print: window.print is a no-op in the test; the button marks the body for the handout.
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: fi.handout.panel.print }).click();
    const pages = await pdfPages(new Uint8Array(await page.pdf({ format: 'A4', printBackground: false })));
    expect(pages).toHaveLength(1);
    // Lines wrap on paper: compare with the whitespace folded.
    const printed = pages[0]!.replace(/\s+/g, ' ');
    expect(printed).toContain(sv.handout.doc.title);
    expect(printed).toContain(toolName(first, 'sv'));
    expect(printed).toContain(toolName(second, 'sv'));
    expect(printed).toContain(sv.handout.doc.voluntary);
    expect(printed).toContain(sv.handout.doc.digituki);
    expect(printed).toContain(NAME);
    // Only the handout on paper: not the practitioner's plan, not the app, not a Finnish line.
    expect(printed).not.toContain(fi.plan.documentTitle);
    expect(printed).not.toContain(fi.handout.panel.heading);
    expect(printed).not.toContain(fi.handout.doc.voluntary);
    // No support needs unless the practitioner ticks the box.
    expect(printed).not.toContain(sv.need('mental-wellbeing'));
    expect(printed).not.toContain(sv.handout.doc.needsHeading);

    await page.getByLabel(fi.handout.panel.includeNeeds).check();
    await page.getByRole('button', { name: fi.handout.panel.print }).click();
    const withNeeds = (await pdfPages(new Uint8Array(await page.pdf({ format: 'A4' }))))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(withNeeds).toContain(sv.handout.doc.needsHeading);
    expect(withNeeds).toContain(sv.need('mental-wellbeing'));

    // Nothing of the contact fields is kept: storage and the address bar.
    const store = await kept(page);
    expect(store).toContain(first);
    expect(store).not.toContain('Meikäläinen');
    expect(store).not.toContain('123 4567');
    expect(store).not.toContain('maija@');

    // The same document in each language, as on paper.
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const lang of ['fi', 'sv', 'en'] as const) {
      await language.selectOption(lang);
      await preview.getByText(strings(lang).handout.doc.title, { exact: true }).waitFor();
      await preview.screenshot({ path: `${SCREENSHOT_DIR}/handout-${lang}.png` });
    }
    expect(await kept(page)).not.toContain('Meikäläinen');
    expect(session.errors).toEqual([]);
  });
});
