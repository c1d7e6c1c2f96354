// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createTestI18n, allResources } from '../support/test-i18n.ts';
import { PracticeView } from '../../src/ui/practice/practice-view.tsx';
import { PRACTICE_STORAGE_KEY } from '../../src/ui/practice/practice-progress.ts';
import { expertAnswerValues, NO_DIGITAL_TOOL, type Scenario } from '../../src/domain/scenario.ts';
import { findScenario, scenarios } from '../../src/domain/scenario-data.ts';
import type { Answers } from '../../src/domain/answers.ts';
import { taxonomies } from '../../src/domain/taxonomies-data.ts';
import { catalogue } from '../../src/domain/catalogue-data.ts';
import { ethicsRules } from '../../src/domain/ethics-data.ts';
import { PRIMARY_CLIENT_LANGUAGE_IDS } from '../../src/domain/taxonomy.ts';
import { recommend } from '../../src/engine/recommend.ts';

const en = allResources.en;
const p = en.practice;
const w = en.wizard;
const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, String(v)), text);

const toolName = (id: string) =>
  id === NO_DIGITAL_TOOL ? p.pickTools.noDigitalTool : catalogue.find((t) => t.id === id)!.name.en;
const rulePrompt = (id: string) => ethicsRules.find((r) => r.id === id)!.prompt.en;
const ageLabel = (id: Answers['ageGroup']) =>
  `${taxonomies.ageGroups[id].label.en} (${taxonomies.ageGroups[id].range})`;

function renderPractice(props: { scenarioId?: string } = {}) {
  const i18n = createTestI18n('en');
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <PracticeView {...props} />
    </I18nextProvider>,
  );
  return user;
}

const heading = () => screen.getByRole('heading', { level: 1 });
/** The screen's one h1 (forms validate asynchronously, so wait for it). */
const expectHeading = async (text: string) => {
  await screen.findByRole('heading', { level: 1, name: text });
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
};
const next = (user: UserEvent) => user.click(screen.getByRole('button', { name: w.next }));

/** Answers the five questions on the three steps as given, expecting focus on each new heading. */
async function answerQuestions(user: UserEvent, answers: Answers) {
  await expectHeading(w.needs.title);
  for (const need of answers.needs) {
    await user.click(screen.getByLabelText(taxonomies.needs[need].en));
  }
  await next(user);

  await expectHeading(w.client.title);
  expect(heading()).toHaveFocus();
  expect(screen.getByText(fill(w.progress, { current: 2, total: 3 }))).toBeInTheDocument();
  // The student reads the case: practice suggests no client language (nor age or access).
  for (const id of PRIMARY_CLIENT_LANGUAGE_IDS)
    expect(screen.getByLabelText(taxonomies.languages[id].en)).not.toBeChecked();
  expect(screen.queryByText(w.language.suggested)).toBeNull();
  await user.click(screen.getByLabelText(ageLabel(answers.ageGroup)));
  if ((PRIMARY_CLIENT_LANGUAGE_IDS as readonly string[]).includes(answers.language)) {
    await user.click(screen.getByLabelText(taxonomies.languages[answers.language].en));
  } else {
    await user.click(screen.getByLabelText(w.language.other));
    await user.selectOptions(screen.getByLabelText(w.language.otherLabel), answers.language);
  }
  await user.click(
    screen.getByLabelText(
      answers.access === 'skipped' ? w.access.skipOption : taxonomies.access[answers.access].en,
    ),
  );
  await next(user);

  await expectHeading(w.channels.title);
  if (answers.channels === 'any') {
    await user.click(screen.getByLabelText(w.channels.noPreference));
  } else {
    for (const channel of answers.channels) {
      await user.click(screen.getByLabelText(taxonomies.channels[channel].en));
    }
  }
  await next(user);
}

async function openCase(user: UserEvent, scenario: Scenario) {
  await user.click(screen.getByRole('button', { name: `${p.list.start} ${scenario.title.en}` }));
  await expectHeading(scenario.title.en);
  expect(heading()).toHaveFocus();
  await user.click(screen.getByRole('button', { name: p.vignette.begin }));
}

/** Picks tools and marks ethics on the two last screens, then hands the attempt in. */
async function pickAndMark(user: UserEvent, toolIds: readonly string[], ruleIds: readonly string[]) {
  await expectHeading(p.pickTools.title);
  for (const id of toolIds) await user.click(screen.getByLabelText(toolName(id)));
  await next(user);
  await expectHeading(p.ethics.title);
  expect(heading()).toHaveFocus();
  for (const id of ruleIds) await user.click(screen.getByLabelText(rulePrompt(id)));
  await user.click(screen.getByRole('button', { name: p.ethics.submit }));
}

async function playAsExpert(user: UserEvent, scenario: Scenario) {
  await openCase(user, scenario);
  await answerQuestions(user, expertAnswerValues(scenario.expertAnswers));
  await pickAndMark(
    user,
    scenario.expertTools.map((t) => t.id),
    scenario.expertEthics.map((r) => r.id),
  );
}

const payday = findScenario('payday-loans-young-adult')!;

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

// Whole walks through a form-heavy UI in jsdom take a few seconds on a busy machine.
describe('PracticeView', { timeout: 20_000 }, () => {
  it('lists every case with its device record and a Start button, without giving the answers away', async () => {
    window.localStorage.setItem(
      PRACTICE_STORAGE_KEY,
      JSON.stringify({ schemaVersion: 1, completed: [payday.id], best: { [payday.id]: 80 } }),
    );
    renderPractice();
    await expectHeading(p.list.title);
    // Not focused on the first load: focus follows the student's moves.
    expect(heading()).not.toHaveFocus();
    expect(screen.getByText(p.list.intro)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: new RegExp(`^${p.list.start} `) })).toHaveLength(
      scenarios.length,
    );
    const card = screen.getByRole('article', { name: payday.title.en });
    expect(within(card).getByText(fill(p.list.completedBest, { percent: 80 }))).toBeInTheDocument();
    // The list does not name the case's needs: identifying them is part of the exercise.
    expect(within(card).queryByText(/Financial|financial/)).toBeNull();
    const other = screen.getByRole('article', { name: scenarios.find((s) => s.id !== payday.id)!.title.en });
    expect(within(other).getByText(p.list.notCompleted)).toBeInTheDocument();
  });

  it('walks a case as the expert would to 100 % with the agreed methods, and remembers it', async () => {
    const user = renderPractice();
    await playAsExpert(user, payday);

    await expectHeading(p.feedback.title);
    expect(heading()).toHaveFocus();
    expect(screen.getByText(fill(p.feedback.percent, { percent: 100 }))).toBeInTheDocument();
    expect(screen.getByText(p.feedback.band.high, { exact: false })).toBeInTheDocument();
    expect(screen.getAllByText(p.feedback.match.exact)).toHaveLength(5);
    expect(screen.queryByText(p.feedback.match.different)).not.toBeInTheDocument();

    const tools = screen.getByRole('region', { name: p.feedback.toolsHeading });
    const agreed = within(tools).getByRole('heading', { name: p.feedback.tools.agreed }).parentElement!;
    for (const { id, rationale } of payday.expertTools) {
      const item = agreed.querySelector(`[data-tool-id="${id}"]`);
      expect(item).toHaveTextContent(toolName(id));
      expect(item).toHaveTextContent(rationale.en);
    }
    const ethics = screen.getByRole('region', { name: p.feedback.ethicsHeading });
    for (const { id } of payday.expertEthics) {
      expect(ethics.querySelector(`[data-group="agreed"] [data-prompt-id="${id}"]`)).not.toBeNull();
    }

    // Only the scenario id and the best percent are stored.
    expect(JSON.parse(window.localStorage.getItem(PRACTICE_STORAGE_KEY)!)).toEqual({
      schemaVersion: 1,
      completed: [payday.id],
      best: { [payday.id]: 100 },
    });
    await user.click(screen.getByRole('button', { name: p.allCases }));
    await expectHeading(p.list.title);
    expect(heading()).toHaveFocus();
    const card = screen.getByRole('article', { name: payday.title.en });
    expect(within(card).getByText(fill(p.list.completedBest, { percent: 100 }))).toBeInTheDocument();
  });

  it('says in one line why the agreed answer leaves out a method the student added', async () => {
    const user = renderPractice();
    await openCase(user, payday);
    const answers = expertAnswerValues(payday.expertAnswers);
    await answerQuestions(user, answers);
    const expertIds = payday.expertTools.map((t) => t.id);
    const extra = recommend(answers, catalogue).items.find((i) => !expertIds.includes(i.toolId))!;
    await pickAndMark(user, [extra.toolId], []);

    const tools = screen.getByRole('region', { name: p.feedback.toolsHeading });
    const item = tools.querySelector(`[data-group="extra"] [data-tool-id="${extra.toolId}"]`)!;
    const why = item.querySelector('.practice-ids__why');
    expect(why).not.toBeNull();
    const lines = p.feedback.extraWhy;
    const caveatStart = lines.caveat.slice(0, lines.caveat.indexOf('{{'));
    // Offered on the agreed answers, so it fits them: the caveat that weighs against it, or
    // "the expert chose others" when nothing does; never "does not fit".
    if (extra.caveats.length > 0) expect(why!.textContent!.startsWith(caveatStart)).toBe(true);
    else expect(why).toHaveTextContent(lines.lessCentral);
  });

  it('shows a different answer in words with the expert rationale, and what was missed', async () => {
    const user = renderPractice();
    await openCase(user, payday);
    await answerQuestions(user, { ...expertAnswerValues(payday.expertAnswers), language: 'sv' });
    await pickAndMark(user, [payday.expertTools[0]!.id], []);

    const language = document.querySelector('[data-question="language"]') as HTMLElement;
    expect(language).toHaveAttribute('data-match', 'different');
    expect(within(language).getByText(p.feedback.match.different)).toBeInTheDocument();
    expect(within(language).getByText(payday.expertAnswers.language.rationale.en)).toBeInTheDocument();
    expect(within(language).getByText(taxonomies.languages.sv.en)).toBeInTheDocument();
    expect(within(language).getByText(taxonomies.languages.fi.en)).toBeInTheDocument();

    const tools = screen.getByRole('region', { name: p.feedback.toolsHeading });
    const missed = payday.expertTools[1]!;
    const missedItem = tools.querySelector(`[data-group="missed"] [data-tool-id="${missed.id}"]`);
    expect(missedItem).toHaveTextContent(missed.rationale.en);
    const ethics = screen.getByRole('region', { name: p.feedback.ethicsHeading });
    for (const { id, rationale } of payday.expertEthics) {
      expect(ethics.querySelector(`[data-group="missed"] [data-prompt-id="${id}"]`)).toHaveTextContent(
        rationale.en,
      );
    }
    expect(screen.queryByText(fill(p.feedback.percent, { percent: 100 }))).not.toBeInTheDocument();
  });

  it("shows each method's caveats in the results' words", async () => {
    const user = renderPractice();
    await openCase(user, payday);
    const answers = expertAnswerValues(payday.expertAnswers);
    await answerQuestions(user, answers);
    await expectHeading(p.pickTools.title);
    const withCaveats = recommend(answers, catalogue).items.filter((item) => item.caveats.length > 0);
    expect(withCaveats.length).toBeGreaterThan(0);
    const lists = screen.getAllByRole('list', { name: en.results.caveats });
    expect(lists).toHaveLength(withCaveats.length);
    expect(within(lists[0]!).getAllByRole('listitem')).toHaveLength(withCaveats[0]!.caveats.length);
  });

  it('rejects picking no method and more than three, with the translated message', async () => {
    const user = renderPractice();
    await openCase(user, payday);
    const answers = expertAnswerValues(payday.expertAnswers);
    await answerQuestions(user, answers);
    await expectHeading(p.pickTools.title);

    await next(user);
    expect(await screen.findByText(en.common.validation.toolsRequired)).toBeInTheDocument();
    await expectHeading(p.pickTools.title);

    const offered = recommend(answers, catalogue).items.map((i) => i.toolId);
    expect(offered.length).toBeGreaterThanOrEqual(4);
    for (const id of offered.slice(0, 4)) {
      await user.click(screen.getByLabelText(toolName(id)));
    }
    expect(screen.getByText(fill(p.pickTools.selectedCount_other, { count: 4, max: 3 }))).toBeInTheDocument();
    await next(user);
    const message = await screen.findByText(fill(en.common.validation.tooManyTools, { max: 3 }));
    expect(message).toHaveAttribute('aria-live', 'assertive');
    await expectHeading(p.pickTools.title);
    // Each choice carries its tool id and names why it fits.
    const first = document.querySelector(`[data-tool-id="${offered[0]}"]`) as HTMLElement;
    expect(within(first).getByRole('checkbox')).toHaveAccessibleDescription(/Provider:/);

    await user.click(screen.getByLabelText(toolName(offered[3]!)));
    await next(user);
    await expectHeading(p.ethics.title);
  });

  it('"Try again" starts the same case over with nothing ticked', async () => {
    const user = renderPractice();
    await playAsExpert(user, payday);
    await user.click(screen.getByRole('button', { name: p.feedback.retry }));
    await expectHeading(payday.title.en);
    expect(heading()).toHaveFocus();
    await user.click(screen.getByRole('button', { name: p.vignette.begin }));
    await expectHeading(w.needs.title);
    expect(screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toEqual([]);
    await next(user);
    expect(await screen.findByText(en.common.validation.needsRequired)).toBeInTheDocument();
  });

  it('"Next case" opens the following case; the last case offers only the list', async () => {
    const user = renderPractice();
    await playAsExpert(user, payday);
    const following = scenarios[scenarios.findIndex((s) => s.id === payday.id) + 1]!;
    await user.click(screen.getByRole('button', { name: p.feedback.next }));
    await expectHeading(following.title.en);
    expect(heading()).toHaveFocus();
    cleanup();

    const last = scenarios[scenarios.length - 1]!;
    const user2 = renderPractice({ scenarioId: last.id });
    await user2.click(screen.getByRole('button', { name: p.vignette.begin }));
    await answerQuestions(user2, expertAnswerValues(last.expertAnswers));
    await pickAndMark(
      user2,
      last.expertTools.map((t) => t.id),
      last.expertEthics.map((r) => r.id),
    );
    expect(screen.queryByRole('button', { name: p.feedback.next })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: p.allCases })).toBeInTheDocument();
  });

  it('shows the human-contact-first note when the case has one', async () => {
    const scenario = scenarios.find((s) => s.humanContactFirst)!;
    const user = renderPractice({ scenarioId: scenario.id });
    await user.click(screen.getByRole('button', { name: p.vignette.begin }));
    await answerQuestions(user, expertAnswerValues(scenario.expertAnswers));
    await pickAndMark(
      user,
      scenario.expertTools.map((t) => t.id),
      scenario.expertEthics.map((r) => r.id),
    );
    const note = screen.getByRole('region', { name: p.feedback.humanContactTitle });
    expect(note).toHaveTextContent(scenario.humanContactNote!.en);
    expect(screen.getByText(fill(p.feedback.percent, { percent: 100 }))).toBeInTheDocument();
  });

  it('tells the student when the device record is corrupted, and starts fresh', async () => {
    window.localStorage.setItem(PRACTICE_STORAGE_KEY, '{"schemaVersion":1,"completed":[');
    const user = renderPractice();
    expect(screen.getByText(p.notices.storageCorrupted)).toBeInTheDocument();
    await expectHeading(p.list.title);
    expect(screen.getAllByText(p.list.notCompleted)).toHaveLength(scenarios.length);
    expect(window.localStorage.getItem(PRACTICE_STORAGE_KEY)).toBeNull();
    await user.click(screen.getByRole('button', { name: p.notices.dismiss }));
    expect(screen.queryByText(p.notices.storageCorrupted)).not.toBeInTheDocument();
  });

  it('treats a record of the wrong shape as corrupted too', async () => {
    window.localStorage.setItem(
      PRACTICE_STORAGE_KEY,
      JSON.stringify({ schemaVersion: 1, completed: [], best: { [payday.id]: 250 } }),
    );
    renderPractice();
    expect(screen.getByText(p.notices.storageCorrupted)).toBeInTheDocument();
  });

  it("opens the teacher link's case directly, without moving focus", async () => {
    const scenario = scenarios[3]!;
    renderPractice({ scenarioId: scenario.id });
    await expectHeading(scenario.title.en);
    expect(heading()).not.toHaveFocus();
    expect(screen.getByText(scenario.vignette.en)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: p.vignette.begin })).toBeInTheDocument();
  });

  it('says so when the link names no known case, and shows the list', async () => {
    renderPractice({ scenarioId: 'no-such-case' });
    await expectHeading(p.list.title);
    expect(screen.getByText(p.notices.unknownScenario)).toBeInTheDocument();
  });

  it('shows every screen in Finnish and Swedish without a missing key', async () => {
    for (const lang of ['fi', 'sv'] as const) {
      const i18n = createTestI18n(lang);
      const user = userEvent.setup();
      const { unmount } = render(
        <I18nextProvider i18n={i18n}>
          <PracticeView scenarioId={payday.id} />
        </I18nextProvider>,
      );
      const s = allResources[lang];
      await user.click(screen.getByRole('button', { name: s.practice.vignette.begin }));
      await user.click(screen.getByRole('button', { name: s.wizard.next }));
      expect(await screen.findByText(s.common.validation.needsRequired)).toBeInTheDocument();
      unmount();
    }
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))(
  'practice case %s',
  { timeout: 20_000 },
  (_id, scenario) => {
    it('scores 100 % when answered exactly as the expert', async () => {
      const user = renderPractice({ scenarioId: scenario.id });
      await user.click(screen.getByRole('button', { name: p.vignette.begin }));
      await answerQuestions(user, expertAnswerValues(scenario.expertAnswers));
      await pickAndMark(
        user,
        scenario.expertTools.map((t) => t.id),
        scenario.expertEthics.map((r) => r.id),
      );
      expect(screen.getByText(fill(p.feedback.percent, { percent: 100 }))).toBeInTheDocument();
    });
  },
);
