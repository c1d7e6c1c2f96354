/*
 * How much a practitioner must do to reach the results of a typical case (issue 15, "Fewer
 * steps"): two needs, an age group, the client's language, one channel and digital access.
 * The same walk runs with a mouse, counting every click, and with the keyboard alone,
 * counting every key press. The walk reads each screen as it comes (it answers whatever of
 * the case the screen asks, then submits), so it also measures earlier versions of the
 * wizard: run this file against a build of an older commit to get the "before" figures.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { baseUrl, openSession, type Session } from './support/browser.ts';
import { strings } from './support/strings.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const s = strings('fi');

/** The case's answers as the labels of the controls that give them, in the order asked. */
const CASE: { label: string; type: 'checkbox' | 'radio' }[] = [
  { label: s.need('youth'), type: 'checkbox' },
  { label: s.need('mental-wellbeing'), type: 'checkbox' },
  { label: s.ageGroup('teen'), type: 'radio' },
  // The client's language is the UI language (Finnish).
  { label: s.language('fi'), type: 'radio' },
  { label: s.channel('chat'), type: 'checkbox' },
  { label: s.access('independent'), type: 'radio' },
];
const MAX_SCREENS = 10;

const heading = (page: Page) => page.locator('main h1').first().innerText();
const atResults = async (page: Page) => (await heading(page)) === s.results.title;

/** The controls of the case on this screen that are not yet set, in document order. */
async function openTargets(page: Page): Promise<Locator[]> {
  const found: { control: Locator; top: number }[] = [];
  for (const { label, type } of CASE) {
    const control = page
      .locator('main')
      .getByLabel(label, { exact: true })
      .and(page.locator(`input[type=${type}]`));
    if ((await control.count()) !== 1 || !(await control.isVisible()) || (await control.isChecked()))
      continue;
    const top = await control.evaluate((el) => {
      // Document order: the index among all inputs of the page.
      return [...document.querySelectorAll('input, select, button')].indexOf(el);
    });
    found.push({ control, top });
  }
  return found.sort((a, b) => a.top - b.top).map((f) => f.control);
}

/** The step's primary button (Next, or the one that shows the results). */
const primary = (page: Page) => page.locator('main .step__actions .button--primary');

async function waitForNewScreen(page: Page, before: string) {
  await page.waitForFunction(
    (previous) => document.querySelector('main h1')?.textContent !== previous,
    before,
    { timeout: 5000 },
  );
  await page.locator('main h1').first().waitFor();
}

async function open(page: Page) {
  await page.goto(`${baseUrl()}?ui=fi`);
  await page.getByRole('heading', { level: 1, name: s.wizard.needs.title }).waitFor();
}

/** The mouse walk: click each answer the screen asks for, then its primary button. */
async function mouseWalk(page: Page) {
  let clicks = 0;
  let screens = 0;
  while (!(await atResults(page))) {
    if (++screens > MAX_SCREENS) throw new Error('the walk did not reach the results');
    const before = await heading(page);
    for (const control of await openTargets(page)) {
      await control.click();
      clicks++;
    }
    await primary(page).click();
    clicks++;
    await waitForNewScreen(page, before);
  }
  return { clicks, screens };
}

type Submit = 'enter-in-form' | 'tab-to-button';

/**
 * The keyboard walk: Tab to each answer (the skip link first), arrows within a radio group,
 * Space to tick, then submit: `enter-in-form` presses Enter in the last field set (the
 * browser submits the form, as it does from any of its fields), `tab-to-button` tabs on to
 * the primary button and presses Enter there.
 */
async function keyboardWalk(page: Page, submit: Submit) {
  let presses = 0;
  const press = async (key: string) => {
    await page.keyboard.press(key);
    presses++;
  };
  const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);
  const focusedRadioGroup = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.type === 'radio' ? el.name : null;
    });

  // Skip link, then into the main content.
  await press('Tab');
  await press('Enter');
  let screens = 0;
  while (!(await atResults(page))) {
    if (++screens > MAX_SCREENS) throw new Error('the walk did not reach the results');
    const before = await heading(page);
    const targets = await openTargets(page);
    for (const target of targets) {
      const name = await target.getAttribute('name');
      const type = await target.getAttribute('type');
      for (let i = 0; !(await isFocused(target)); i++) {
        if (i > 80) throw new Error(`focus never reached ${await target.evaluate((el) => el.outerHTML)}`);
        if (type === 'radio' && (await focusedRadioGroup()) === name) {
          // Within the group the arrows move and choose.
          const [at, wanted] = await target.evaluate((el) => {
            const group = [...document.querySelectorAll(`input[name="${(el as HTMLInputElement).name}"]`)];
            return [group.indexOf(document.activeElement as Element), group.indexOf(el)];
          });
          await press(wanted > at ? 'ArrowDown' : 'ArrowUp');
        } else {
          await press('Tab');
        }
      }
      if (!(await target.isChecked())) await press('Space');
    }
    if (submit === 'tab-to-button' || targets.length === 0) {
      const button = primary(page);
      for (let i = 0; !(await isFocused(button)); i++) {
        if (i > 80) throw new Error('focus never reached the primary button');
        await press('Tab');
      }
    }
    await press('Enter');
    await waitForNewScreen(page, before);
  }
  return { presses, screens };
}

describe('steps to the results of a typical case (fi)', () => {
  it('takes at most 8 clicks with a mouse', async () => {
    session = await openSession({ uiLanguage: 'fi' });
    await open(session.page);
    const { clicks, screens } = await mouseWalk(session.page);
    console.info(`step count: mouse ${clicks} clicks over ${screens} screens`);
    expect(clicks).toBeLessThanOrEqual(8);
  });

  it('takes at most 40 key presses with the keyboard alone', async () => {
    const counts: Record<Submit, number> = { 'enter-in-form': 0, 'tab-to-button': 0 };
    for (const submit of ['enter-in-form', 'tab-to-button'] as const) {
      session = await openSession({ uiLanguage: 'fi' });
      await open(session.page);
      const { presses, screens } = await keyboardWalk(session.page, submit);
      counts[submit] = presses;
      console.info(`step count: keyboard (${submit}) ${presses} key presses over ${screens} screens`);
      await session.close();
      session = undefined;
    }
    expect(counts['enter-in-form']).toBeLessThanOrEqual(40);
    // Tabbing on to each button costs more: the five one-question steps and the review took 64
    // presses that way (this walk on the build before the "about the client" step).
    expect(counts['tab-to-button']).toBeGreaterThanOrEqual(counts['enter-in-form']);
    expect(counts['tab-to-button']).toBeLessThan(64);
  });
});
