// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { createActor } from 'xstate';
import {
  QUESTION_IDS,
  STEP_IDS,
  STEP_QUESTIONS,
  isStepId,
  type Answers,
  type PartialAnswers,
  type QuestionId,
  type StepId,
} from '../../src/domain/answers.ts';
import { decodeShareQuery, encodeShareQuery } from '../../src/domain/share-link.ts';
import {
  SESSION_STORAGE_KEY,
  SessionRecord,
  UI_LANGUAGE_STORAGE_KEY,
} from '../../src/domain/session-record.ts';
import { bootWizard } from '../../flows/wizard-boot.ts';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  NEED_IDS,
  PRIMARY_CLIENT_LANGUAGE_IDS,
  type ClientLanguageId,
} from '../../src/domain/taxonomy.ts';
import { stepOf, planningMachine, type PlanningEvent } from '../../flows/planning-machine.ts';
import { type WizardStep } from '../../flows/planning-steps.ts';
import {
  INVALID_ANSWER_EVENTS,
  pathEvents,
  serializeWizardState,
  wizardShortestPaths,
  type WizardPath,
  type WizardSnapshot,
} from '../flows/wizard-paths.ts';
import {
  UI_LANGS,
  allStorage,
  findStep,
  main,
  readRecord,
  renderApp,
  resetDevice,
  stepHeading,
  summaryRow,
  uiStrings,
  type UiStrings,
} from './render-app.tsx';

beforeEach(resetDevice);
afterEach(resetDevice);

/* ------------------------------------------------------------------------------------------
 * The practitioner's moves: each machine event produced through the rendered UI.
 * ---------------------------------------------------------------------------------------- */

interface Driver {
  user: UserEvent;
  s: UiStrings;
  /** The steps of this app's history entries, and which one is current (see goTo). */
  history: WizardStep[];
  at: number;
}

const isPrimaryLanguage = (id: string): id is (typeof PRIMARY_CLIENT_LANGUAGE_IDS)[number] =>
  (PRIMARY_CLIENT_LANGUAGE_IDS as readonly string[]).includes(id);

/**
 * The validation messages a step shows when submitted with nothing chosen. The client's
 * language starts as the UI language, so only age group and access are missing there.
 */
const REQUIRED_ERRORS: Record<StepId, string[]> = {
  needs: ['common:validation.needsRequired'],
  client: ['common:validation.ageGroupRequired', 'common:validation.accessRequired'],
  channels: ['common:validation.channelsRequired'],
};

const STEP_OF_ANSWER: Record<string, StepId | undefined> = {
  'answer.needs': 'needs',
  'answer.client': 'client',
  'answer.channels': 'channels',
};

const isInvalidSample = (event: PlanningEvent) => INVALID_ANSWER_EVENTS.includes(event);

const ageGroupName = (s: UiStrings, id: (typeof AGE_GROUP_IDS)[number]) =>
  // The age group radios read "<label> (<range>)".
  new RegExp(`^${escapeRegExp(s.ageGroupLabel(id))} \\(`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Label queries, not role queries, for the inputs: the same user-facing text, and fast enough
// to check all 19 needs at every step of every path.
const checkbox = (name: string | RegExp) =>
  main().getByLabelText(name, { selector: 'input[type="checkbox"]' }) as HTMLInputElement;
const radio = (name: string | RegExp) =>
  main().getByLabelText(name, { selector: 'input[type="radio"]' }) as HTMLInputElement;
const button = (name: string) => main().getByRole('button', { name });
/** The step's primary button: "Next", or "Show recommendations" where the results come next. */
const submitButton = (s: UiStrings) =>
  main().getByRole('button', {
    name: new RegExp(
      `^(${escapeRegExp(s.text('wizard:next'))}|${escapeRegExp(s.text('wizard:showResults'))})$`,
    ),
  });

/**
 * The inputs of a form by the text of their <label>, read once: looking up 19 needs one by
 * one with getByLabelText at every step of every path made the replay slow.
 */
function inputsByLabel(type: 'checkbox' | 'radio') {
  const byLabel = new Map<string, HTMLInputElement>();
  for (const label of screen.getByRole('main', { hidden: true }).querySelectorAll('label')) {
    const input = label.control;
    if (input instanceof HTMLInputElement && input.type === type)
      byLabel.set(label.textContent?.trim() ?? '', input);
  }
  return (name: string | RegExp) => {
    const found = [...byLabel].filter(([text]) =>
      typeof name === 'string' ? text === name : name.test(text),
    );
    if (found.length !== 1) throw new Error(`${found.length} ${type} inputs labelled ${String(name)}`);
    return found[0]![1];
  };
}

/** Ticks exactly `wanted` of a checkbox group: unticks the rest first, then ticks in order. */
async function tickExactly<T extends string>(
  user: UserEvent,
  all: readonly T[],
  wanted: readonly T[],
  labelOf: (id: T) => string,
) {
  const box = inputsByLabel('checkbox');
  for (const id of all)
    if (box(labelOf(id)).checked && !wanted.includes(id)) await user.click(box(labelOf(id)));
  for (const id of wanted) if (!box(labelOf(id)).checked) await user.click(box(labelOf(id)));
}

/** Fills a question's form with a valid answer and presses Next (or Skip). */
async function answerWith(d: Driver, event: PlanningEvent) {
  const { user, s } = d;
  switch (event.type) {
    case 'answer.needs':
      await tickExactly(user, NEED_IDS, event.needs, s.need);
      break;
    case 'answer.client':
      await user.click(radio(ageGroupName(s, event.ageGroup)));
      if (isPrimaryLanguage(event.language)) await user.click(radio(s.language(event.language)));
      else {
        // The list of other languages shows once "another language" is chosen.
        await user.click(radio(s.text('wizard:language.other')));
        await user.selectOptions(
          main().getByRole('combobox', { name: s.text('wizard:language.otherLabel') }),
          event.language,
        );
      }
      await user.click(
        radio(event.access === 'skipped' ? s.text('wizard:access.skipOption') : s.access(event.access)),
      );
      break;
    case 'answer.channels': {
      const none = checkbox(s.text('wizard:channels.noPreference')) as HTMLInputElement;
      if (event.channels === 'any') {
        if (!none.checked) await user.click(none);
      } else {
        if (none.checked) await user.click(none);
        await tickExactly(user, CHANNEL_IDS, event.channels, s.channel);
      }
      break;
    }
    default:
      throw new Error(`not an answer: ${event.type}`);
  }
  await user.click(submitButton(s));
}

/**
 * An invalid payload as a practitioner can produce one: Next with nothing chosen. The
 * translated message must appear and the step must stay.
 */
async function answerWithNothing(d: Driver, step: StepId) {
  const { user, s } = d;
  const before = stepHeading().textContent;
  await user.click(submitButton(s));
  for (const key of REQUIRED_ERRORS[step]) {
    const error = await main().findByText(s.text(key));
    expect(error.closest('[aria-live]')).not.toBeNull();
  }
  expect(stepHeading().textContent).toBe(before);
}

/** Browser back/forward to the nearest history entry of `step` (the app maps popstate to nav.goto). */
async function goTo(d: Driver, step: WizardStep) {
  const target = nearestEntry(d.history, d.at, step);
  if (target === undefined) throw new Error(`no history entry for ${step}`);
  const delta = target - d.at;
  const popped = new Promise<void>((resolve) =>
    window.addEventListener('popstate', () => resolve(), { once: true }),
  );
  if (delta === -1) window.history.back();
  else if (delta === 1) window.history.forward();
  else window.history.go(delta);
  await popped;
  d.at = target;
}

/** The index of the history entry of `step` nearest to `at` (back first), if any. */
function nearestEntry(history: readonly WizardStep[], at: number, step: WizardStep): number | undefined {
  for (let distance = 1; distance < history.length; distance++) {
    if (history[at - distance] === step) return at - distance;
    if (history[at + distance] === step) return at + distance;
  }
  return undefined;
}

/** A new step opened by the app itself pushes a history entry (and drops the forward ones). */
function pushed(d: Driver, from: WizardStep, to: WizardStep) {
  if (from === to) return;
  d.history = [...d.history.slice(0, d.at + 1), to];
  d.at = d.history.length - 1;
}

/** Sends one machine event through the UI. `from` and `to` are the machine's steps around it. */
async function perform(d: Driver, event: PlanningEvent, from: WizardStep, to: WizardStep) {
  const { user, s } = d;
  const answered = STEP_OF_ANSWER[event.type];
  if (answered !== undefined) {
    if (isInvalidSample(event)) await answerWithNothing(d, answered);
    else await answerWith(d, event);
    pushed(d, from, to);
    return;
  }
  switch (event.type) {
    case 'nav.back':
      await user.click(button(s.text('wizard:back')));
      break;
    case 'review.edit': {
      // The answers sit in a closed <details> on the results page: open it first.
      if (from === 'results') await openAnswers(s);
      const question = s.text(`wizard:questions.${event.question}`);
      await user.click(button(s.text('wizard:review.editLabel', { question })));
      break;
    }
    case 'wizard.restart':
      await user.click(button(s.text('wizard:restart.button')));
      await user.click(button(s.text('wizard:restart.confirm')));
      break;
    case 'nav.goto':
      await goTo(d, event.step);
      return;
    default:
      throw new Error(`no UI move for ${JSON.stringify(event)}`);
  }
  pushed(d, from, to);
}

/* ------------------------------------------------------------------------------------------
 * What the UI must show for a machine state.
 * ---------------------------------------------------------------------------------------- */

/** Opens the answers on the results, a closed <details> whose body is drawn when opened. */
async function openAnswers(s: UiStrings) {
  const summary = main().getByText(s.text('results:yourAnswers'));
  if (!summary.closest('details')?.open) fireEvent.click(summary);
  await main().findByText(s.text('wizard:questions.needs'), { selector: 'dt' });
}

/** Each answer as the summary shows it: every label of the answer appears in its row. */
function expectSummary(s: UiStrings, answers: PartialAnswers) {
  for (const q of QUESTION_IDS) {
    const row = summaryRow(s.text(`wizard:questions.${q}`));
    const parts = answerParts(s, answers, q);
    if (parts === undefined) expect(row, q).toBe(s.text('wizard:review.unanswered'));
    else for (const part of parts) expect(row, q).toContain(part);
  }
}

function answerParts(s: UiStrings, answers: PartialAnswers, q: QuestionId): string[] | undefined {
  switch (q) {
    case 'needs':
      return answers.needs?.map(s.need);
    case 'ageGroup':
      return answers.ageGroup && [s.ageGroupLabel(answers.ageGroup)];
    case 'language':
      return answers.language && [s.language(answers.language)];
    case 'channels':
      if (answers.channels === undefined) return undefined;
      return answers.channels === 'any'
        ? [s.text('wizard:channels.noPreference')]
        : answers.channels.map(s.channel);
    case 'access':
      if (answers.access === undefined) return undefined;
      return [answers.access === 'skipped' ? s.text('wizard:access.skipped') : s.access(answers.access)];
  }
}

/**
 * A step's form shows its current answers when it opens: nothing chosen where unanswered,
 * except the client's language, which starts as the UI language.
 */
function expectFormShows(s: UiStrings, step: StepId, answers: PartialAnswers) {
  const checkbox = inputsByLabel('checkbox');
  const radio = inputsByLabel('radio');
  const checked = (el: HTMLInputElement) => el.checked;
  switch (step) {
    case 'needs':
      for (const id of NEED_IDS)
        expect(checked(checkbox(s.need(id))), id).toBe(!!answers.needs?.includes(id));
      break;
    case 'client': {
      for (const id of AGE_GROUP_IDS)
        expect(checked(radio(ageGroupName(s, id))), id).toBe(answers.ageGroup === id);
      const lang = answers.language ?? s.lang;
      for (const id of PRIMARY_CLIENT_LANGUAGE_IDS)
        expect(checked(radio(s.language(id))), id).toBe(lang === id);
      const other = !isPrimaryLanguage(lang);
      expect(checked(radio(s.text('wizard:language.other')))).toBe(other);
      // The suggestion says so, and only while the language is not answered.
      expect(main().queryByText(s.text('wizard:language.suggested')) !== null).toBe(
        answers.language === undefined,
      );
      const select = main().getByRole('combobox', {
        name: s.text('wizard:language.otherLabel'),
        hidden: true,
      });
      expect((select as HTMLSelectElement).value).toBe(other ? lang : '');
      expect(select.closest('[hidden]') === null).toBe(other);
      for (const id of ACCESS_IDS) expect(checked(radio(s.access(id))), id).toBe(answers.access === id);
      expect(checked(radio(s.text('wizard:access.skipOption')))).toBe(answers.access === 'skipped');
      break;
    }
    case 'channels': {
      const channels = answers.channels;
      expect(checked(checkbox(s.text('wizard:channels.noPreference')))).toBe(channels === 'any');
      for (const id of CHANNEL_IDS)
        expect(checked(checkbox(s.channel(id))), id).toBe(Array.isArray(channels) && channels.includes(id));
      break;
    }
  }
}

const sameAnswers = (a: PartialAnswers | undefined, b: PartialAnswers) =>
  expect(encodeShareQuery(a ?? {})).toBe(encodeShareQuery(b));

/** The rendered app agrees with the machine state: heading, form, summary, address, record. */
async function expectState(s: UiStrings, state: WizardSnapshot) {
  const step = stepOf(state.value);
  const { answers, editing } = state.context;
  // One heading per step, the expected one (waits for the lazy results view).
  await waitFor(() =>
    expect(
      main()
        .getAllByRole('heading', { level: 1 })
        .map((h) => h.textContent),
    ).toEqual([s.stepTitle(step)]),
  );

  if (isStepId(step)) {
    const number = STEP_IDS.indexOf(step) + 1;
    expect(
      main().getByText(s.text('wizard:progress', { current: number, total: STEP_IDS.length })),
    ).toBeVisible();
    expectFormShows(s, step, answers);
    // Back leaves the first step only while it is open from the results.
    const back = main().queryByRole('button', { name: s.text('wizard:back') });
    if (step === 'needs') expect(back !== null).toBe(editing);
    else expect(back).not.toBeNull();
    // The button says where it leads: the results after the last step or an edit.
    expect(submitButton(s)).toHaveTextContent(
      s.text(editing || step === 'channels' ? 'wizard:showResults' : 'wizard:next'),
    );
  } else {
    await openAnswers(s);
    expectSummary(s, answers);
  }

  // The address and the device record mirror the answered set.
  sameAnswers(decodeShareQuery(window.location.search).answers, answers);
  expect(decodeShareQuery(window.location.search).ui).toBe(s.lang);
  const record = readRecord();
  expect(record?.step).toBe(step);
  sameAnswers(record?.answers as PartialAnswers | undefined, answers);
}

/* ------------------------------------------------------------------------------------------
 * Which shortest paths the UI can walk.
 * ---------------------------------------------------------------------------------------- */

interface PathPlan {
  path: WizardPath;
  /** Why the UI cannot produce the path's events, or undefined when it can. */
  skip: string | undefined;
}

/** Walks the events on the machine and on a model of the history stack the app builds. */
function planPath(path: WizardPath): PathPlan {
  const actor = createActor(planningMachine, { input: { tools: [] } }).start();
  let history: WizardStep[] = ['needs'];
  let at = 0;
  for (const event of pathEvents(path)) {
    const from = stepOf(actor.getSnapshot().value);
    if (event.type === 'nav.goto') {
      const target = nearestEntry(history, at, event.step);
      if (target === undefined) {
        return {
          path,
          skip: `nav.goto ${event.step} from ${from}: the browser history holds no ${event.step} entry (it was never opened), so back/forward cannot produce it`,
        };
      }
      at = target;
    } else if (event.type === 'nav.back' && from === 'results') {
      return {
        path,
        skip: 'nav.back on the results: there is no Back button there (browser back sends nav.goto)',
      };
    }
    actor.send(event);
    const to = stepOf(actor.getSnapshot().value);
    if (event.type !== 'nav.goto' && to !== from) {
      history = [...history.slice(0, at + 1), to];
      at = history.length - 1;
    }
  }
  return { path, skip: undefined };
}

const describeEvents = (events: readonly PlanningEvent[]) =>
  events.map((e) => JSON.stringify(e)).join(' → ') || '(start)';

const plans = wizardShortestPaths().map(planPath);
const replayable = plans.filter((p) => p.skip === undefined);
const skipped = plans.filter((p) => p.skip !== undefined);

/**
 * Replays `path` through the rendered app with TestModel.test. The graph keeps one snapshot
 * per state identity (step, answered set, editing), whose answer values may come from another
 * sample payload, so the values expected are those of a machine fed the path's own events.
 */
async function replay(path: WizardPath, lang: (typeof UI_LANGS)[number]) {
  const { user, s } = renderApp({ lang });
  const d: Driver = { user, s, history: ['needs'], at: 0 };
  const machine = createActor(planningMachine, { input: { tools: [] } }).start();
  const handler = async ({ event }: { event: unknown }) => {
    const from = stepOf(machine.getSnapshot().value);
    machine.send(event as PlanningEvent);
    await perform(d, event as PlanningEvent, from, stepOf(machine.getSnapshot().value));
  };
  await path.test({
    events: Object.fromEntries(
      [...new Set(pathEvents(path).map((e) => e.type))].map((type) => [type, handler]),
    ),
    states: {
      '*': async (state) => {
        expect(serializeWizardState(machine.getSnapshot())).toBe(serializeWizardState(state));
        await expectState(s, machine.getSnapshot());
      },
    },
  });
}

/** Sends `events` through a freshly rendered app, checking the UI against the machine after each. */
async function replayEvents(events: readonly PlanningEvent[], lang: (typeof UI_LANGS)[number]) {
  const { user, s } = renderApp({ lang });
  const d: Driver = { user, s, history: ['needs'], at: 0 };
  const machine = createActor(planningMachine, { input: { tools: [] } }).start();
  await expectState(s, machine.getSnapshot());
  for (const event of events) {
    const from = stepOf(machine.getSnapshot().value);
    machine.send(event);
    await perform(d, event, from, stepOf(machine.getSnapshot().value));
    await expectState(s, machine.getSnapshot());
  }
  return { machine, s };
}

describe('model-based replay of the wizard machine through the UI', () => {
  it('plans every shortest path, and the UI can walk each of them', () => {
    expect(plans).toHaveLength(13);
    // Answering the last step opens the results, so every step a path goes back or forward to
    // has a history entry: no path needs a move the UI does not offer.
    expect(skipped.map((p) => `${describeEvents(pathEvents(p.path))}: ${p.skip}`)).toEqual([]);
    expect(replayable).toHaveLength(13);
  });

  it.each(replayable.map((p, i) => [describeEvents(pathEvents(p.path)), p.path, UI_LANGS[i % 3]!] as const))(
    'replays %s',
    async (_name, path, lang) => {
      await replay(path, lang);
    },
  );

  it(
    'keeps the step on every invalid payload a practitioner can give (Next with nothing chosen)',
    { timeout: 30_000 },
    async () => {
      // The shortest paths never hold an ignored event; here each rejected sample is sent in
      // every question that opens without an answer, and the machine agrees nothing changed.
      const fresh = replayable.filter((p) => {
        const step = stepOf(p.path.state.value);
        return (
          isStepId(step) && STEP_QUESTIONS[step].every((q) => p.path.state.context.answers[q] === undefined)
        );
      });
      expect(fresh.map((p) => stepOf(p.path.state.value))).toEqual([...STEP_IDS]);
      for (const [i, plan] of fresh.entries()) {
        const step = stepOf(plan.path.state.value) as StepId;
        const { user, s } = renderApp({ lang: UI_LANGS[i % 3] });
        const d: Driver = { user, s, history: ['needs'], at: 0 };
        const actor = createActor(planningMachine, { input: { tools: [] } }).start();
        for (const event of pathEvents(plan.path)) {
          const from = stepOf(actor.getSnapshot().value);
          actor.send(event);
          await perform(d, event, from, stepOf(actor.getSnapshot().value));
        }
        const invalid = INVALID_ANSWER_EVENTS.filter((e) => STEP_OF_ANSWER[e.type] === step);
        expect(invalid.length).toBeGreaterThan(0);
        for (const event of invalid) {
          const before = serializeWizardState(actor.getSnapshot());
          actor.send(event);
          expect(serializeWizardState(actor.getSnapshot())).toBe(before);
          await perform(d, event, step, step);
          await expectState(s, actor.getSnapshot());
        }
        resetDevice();
      }
    },
  );
});

/*
 * wizard.restart from one state of each step (and from the first step opened from the results),
 * through "Start over" and "Yes, clear everything": every answer, tick and mark must go.
 */
const restartFrom = (() => {
  const picks = new Map<string, PlanningEvent[]>();
  for (const plan of plans) {
    const state = plan.path.state;
    if (Object.keys(state.context.answers).length === 0) continue;
    const key = `${stepOf(state.value)}${state.context.editing ? ' (editing)' : ''}`;
    if (key.endsWith('(editing)') && key !== 'needs (editing)') continue;
    if (!picks.has(key)) picks.set(key, [...pathEvents(plan.path), { type: 'wizard.restart' }]);
  }
  return [...picks];
})();

describe('Start over from every step', () => {
  it('covers each step once, and the first step opened from the results', () => {
    expect(restartFrom.map(([key]) => key).sort()).toEqual(
      [...STEP_IDS, 'results', 'needs (editing)'].sort(),
    );
  });

  it.each(restartFrom.filter(([key]) => !key.startsWith('needs')))(
    'clears everything from %s',
    async (_key, events) => {
      await replayEvents(events, 'fi');
    },
  );

  // Start over on the first question (reached with answers) must also empty the form that
  // stays on screen, not only the machine and the record.
  it.each(restartFrom.filter(([key]) => key.startsWith('needs')))(
    'clears everything from %s, the form on screen included',
    async (_key, events) => {
      await replayEvents(events, 'en');
    },
  );
});

/* ------------------------------------------------------------------------------------------
 * Focused behaviour.
 * ---------------------------------------------------------------------------------------- */

const COMPLETE: Answers = {
  needs: ['youth', 'addiction'],
  ageGroup: 'teen',
  language: 'sv',
  channels: ['chat'],
  access: 'independent',
};

describe('focus', () => {
  it('leaves focus alone on the first load, then moves it to each newly opened heading', async () => {
    const { user, s } = renderApp({ lang: 'en' });
    expect(stepHeading()).toHaveTextContent(s.stepTitle('needs'));
    expect(document.activeElement).not.toBe(stepHeading());
    expect(document.activeElement).toBe(document.body);

    await answerWith({ user, s, history: [], at: 0 }, { type: 'answer.needs', needs: ['youth'] });
    const heading = await findStep(s.stepTitle('client'));
    expect(document.activeElement).toBe(heading);

    await user.click(button(s.text('wizard:back')));
    expect(document.activeElement).toBe(await findStep(s.stepTitle('needs')));
  });

  it('does not take focus when a reload resumes at a later step', async () => {
    const { s } = renderApp({ search: encodeShareQuery({ needs: ['youth'] }) });
    expect(await findStep(s.stepTitle('client'))).not.toBe(document.activeElement);
  });
});

describe('the UI language in the address', () => {
  it('is written at once, and a switch rewrites it in place with the answers kept', async () => {
    const { user } = renderApp({ lang: 'fi', search: encodeShareQuery({ needs: ['youth'] }) });
    await waitFor(() => expect(decodeShareQuery(window.location.search).ui).toBe('fi'));
    const entries = window.history.length;

    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    await waitFor(() => expect(decodeShareQuery(window.location.search).ui).toBe('sv'));
    expect(decodeShareQuery(window.location.search).answers).toEqual({ needs: ['youth'] });
    expect(window.history.length).toBe(entries);

    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(decodeShareQuery(window.location.search).ui).toBe('en'));
  });

  it('redraws the needs in the new language, keeping what was checked and the filter', async () => {
    const { user, i18n } = renderApp({ lang: 'fi' });
    const fi = uiStrings(i18n, 'fi');
    const sv = uiStrings(i18n, 'sv');
    await user.click(checkbox(fi.need('youth')));
    await user.type(screen.getByRole('searchbox'), 'ung');
    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(await main().findByRole('checkbox', { name: sv.need('youth') })).toBeChecked();
    expect(main().queryByRole('checkbox', { name: fi.need('youth') })).toBeNull();
    expect(screen.getByRole('searchbox')).toHaveValue('ung');
  });
});

describe('validation messages', () => {
  it('announces the error in an aria-live region tied to the question', async () => {
    const { user, s } = renderApp({ lang: 'fi' });
    await user.click(button(s.text('wizard:next')));
    const error = await main().findByText(s.text('common:validation.needsRequired'));
    const live = error.closest('[aria-live]');
    expect(live).not.toBeNull();
    expect(live).toHaveAttribute('aria-live', 'assertive');
    const group = main().getByRole('group', { name: s.text('wizard:needs.legend') });
    expect(group).toHaveAttribute('aria-describedby', live?.id);
    expect(stepHeading()).toHaveTextContent(s.stepTitle('needs'));

    // The message goes once the question is answered.
    await user.click(checkbox(s.need('youth')));
    await user.click(button(s.text('wizard:next')));
    await findStep(s.stepTitle('client'));
    expect(main().queryByText(s.text('common:validation.needsRequired'))).toBeNull();
  });

  it('asks for a language from the list when "Another language" is chosen without one', async () => {
    const { user, s } = renderApp({ lang: 'en', search: '?needs=youth&age=teen&access=skipped' });
    await findStep(s.stepTitle('client'));
    await user.click(radio(s.text('wizard:language.other')));
    await user.click(button(s.text('wizard:next')));
    expect(await main().findByText(s.text('common:validation.otherLanguageRequired'))).toBeVisible();
    expect(stepHeading()).toHaveTextContent(s.stepTitle('client'));
  });

  it('on the client step, ties each missing answer to its own group and moves focus to the first', async () => {
    const { user, s } = renderApp({ lang: 'sv', search: '?needs=youth' });
    await findStep(s.stepTitle('client'));
    await user.click(button(s.text('wizard:next')));
    const groups = {
      age: main().getByRole('group', { name: s.text('wizard:ageGroup.legend') }),
      language: main().getByRole('group', { name: s.text('wizard:language.legend') }),
      access: main().getByRole('group', { name: s.text('wizard:access.legend') }),
    };
    const ageError = await main().findByText(s.text('common:validation.ageGroupRequired'));
    const accessError = main().getByText(s.text('common:validation.accessRequired'));
    expect(groups.age.getAttribute('aria-describedby')?.split(' ')).toContain(ageError.id);
    expect(groups.access.getAttribute('aria-describedby')?.split(' ')).toContain(accessError.id);
    expect(groups.age).toHaveAttribute('aria-invalid', 'true');
    expect(groups.language).not.toHaveAttribute('aria-invalid');
    expect(groups.age).toContainElement(document.activeElement as HTMLElement);
    // Nothing was sent: the step, the address and the record stay as they were.
    expect(stepHeading()).toHaveTextContent(s.stepTitle('client'));
    expect(decodeShareQuery(window.location.search).answers).toEqual({ needs: ['youth'] });

    await user.click(radio(ageGroupName(s, 'adult')));
    await user.click(button(s.text('wizard:next')));
    await waitFor(() => expect(main().queryByText(s.text('common:validation.ageGroupRequired'))).toBeNull());
    expect(main().getByText(s.text('common:validation.accessRequired'))).toBeVisible();
    expect(stepHeading()).toHaveTextContent(s.stepTitle('client'));
  });
});

describe('the needs filter', () => {
  // Each UI language filtered with a word of another language.
  const cases = [
    { lang: 'fi', word: 'barn' },
    { lang: 'sv', word: 'child prot' },
    { lang: 'en', word: 'lastensuo' },
  ] as const;

  it.each(cases)(
    'finds Child protection with $word while the UI is in $lang, keeping ticked needs',
    async ({ lang, word }) => {
      const { user, s } = renderApp({ lang });
      await user.click(checkbox(s.need('family-work')));
      const filter = main().getByRole('searchbox', { name: s.text('wizard:needs.filterLabel') });
      await user.type(filter, word);

      const visible = main().getAllByRole('checkbox');
      expect(visible.map((box) => box.getAttribute('value'))).toEqual(['child-protection']);
      expect(main().getByText(s.text('wizard:needs.filterStatus', { count: 1 }))).toBeVisible();
      // The ticked need is only out of sight, not unticked.
      expect(main().queryByRole('checkbox', { name: s.need('family-work') })).toBeNull();
      await user.click(checkbox(s.need('child-protection')));

      await user.clear(filter);
      expect(main().getAllByRole('checkbox')).toHaveLength(NEED_IDS.length);
      expect(checkbox(s.need('family-work'))).toBeChecked();
      expect(checkbox(s.need('child-protection'))).toBeChecked();
      expect(main().getByText(s.text('wizard:needs.selectedCount', { count: 2 }))).toBeVisible();

      await user.click(button(s.text('wizard:next')));
      await findStep(s.stepTitle('client'));
      expect(decodeShareQuery(window.location.search).answers.needs).toEqual([
        'child-protection',
        'family-work',
      ]);
    },
  );

  it('says so when nothing matches', async () => {
    const { user, s } = renderApp({ lang: 'en' });
    await user.type(main().getByRole('searchbox', { name: s.text('wizard:needs.filterLabel') }), 'zzzz');
    expect(main().queryAllByRole('checkbox')).toHaveLength(0);
    expect(main().getByText(s.text('wizard:needs.noMatch'))).toBeVisible();
  });
});

describe('the client step', () => {
  it.each(UI_LANGS)(
    "in %s, starts with the UI language as the client's, says so, and leaves age and access unchosen",
    async (lang) => {
      const { s } = renderApp({ lang, search: '?needs=youth' });
      await findStep(s.stepTitle('client'));
      for (const legend of ['ageGroup', 'language', 'access'] as const)
        expect(main().getByRole('group', { name: s.text(`wizard:${legend}.legend`) })).toBeVisible();
      expect(radio(s.language(lang))).toBeChecked();
      const suggested = main().getByText(s.text('wizard:language.suggested'));
      const language = main().getByRole('group', { name: s.text('wizard:language.legend') });
      expect(language.getAttribute('aria-describedby')?.split(' ')).toContain(suggested.id);
      for (const id of AGE_GROUP_IDS) expect(radio(ageGroupName(s, id))).not.toBeChecked();
      for (const id of ACCESS_IDS) expect(radio(s.access(id))).not.toBeChecked();
      expect(radio(s.text('wizard:access.skipOption'))).not.toBeChecked();
      // The suggestion is not an answer until the step is submitted.
      expect(decodeShareQuery(window.location.search).answers.language).toBeUndefined();
    },
  );

  it('shows the list of other languages once "Another language" is chosen, and sends all three answers', async () => {
    const { user, s } = renderApp({ lang: 'sv', search: '?needs=immigrants' });
    await findStep(s.stepTitle('client'));
    expect(main().queryByRole('combobox', { name: s.text('wizard:language.otherLabel') })).toBeNull();
    await user.click(radio(s.text('wizard:language.other')));
    const list = main().getByRole('combobox', { name: s.text('wizard:language.otherLabel') });
    // The languages by their Swedish names, as Swedish sorts them.
    const names = within(list)
      .getAllByRole('option')
      .filter((option) => (option as HTMLOptionElement).value !== '')
      .map((option) => option.textContent ?? '');
    expect(names).toHaveLength(CLIENT_LANGUAGE_IDS.length - PRIMARY_CLIENT_LANGUAGE_IDS.length);
    expect(names).toEqual([...names].sort(new Intl.Collator('sv').compare));
    await user.selectOptions(list, s.language('ru'));
    await user.click(radio(ageGroupName(s, 'adult')));
    await user.click(radio(s.text('wizard:access.skipOption')));
    await user.click(button(s.text('wizard:next')));
    await findStep(s.stepTitle('channels'));
    const answers = decodeShareQuery(window.location.search).answers;
    expect(answers.language).toBe<ClientLanguageId>('ru');
    expect(answers).toMatchObject({ ageGroup: 'adult', access: 'skipped' });
  });

  it('opens from the results for any of its three answers and keeps the other two', async () => {
    const { user, s } = renderApp({ lang: 'en', search: encodeShareQuery(COMPLETE) });
    await findStep(s.stepTitle('results'));
    await openAnswers(s);
    const question = s.text('wizard:questions.access');
    await user.click(button(s.text('wizard:review.editLabel', { question })));
    expect(document.activeElement).toBe(await findStep(s.stepTitle('client')));
    expect(radio(ageGroupName(s, 'teen'))).toBeChecked();
    expect(radio(s.language('sv'))).toBeChecked();
    // An answer given is not overridden by the suggestion (the UI is in English).
    expect(main().queryByText(s.text('wizard:language.suggested'))).toBeNull();
    await user.click(radio(s.access('no-access')));
    await user.click(button(s.text('wizard:showResults')));
    await findStep(s.stepTitle('results'));
    expect(decodeShareQuery(window.location.search).answers).toEqual({ ...COMPLETE, access: 'no-access' });
  });
});

describe('start over', () => {
  it('asks first; Cancel keeps the answers, Yes clears them', async () => {
    const { user, s } = renderApp({ lang: 'fi', search: encodeShareQuery(COMPLETE) });
    await findStep(s.stepTitle('results'));
    const before = window.location.search;

    await user.click(button(s.text('wizard:restart.button')));
    const question = main().getByRole('group', { name: s.text('wizard:restart.question') });
    expect(document.activeElement).toBe(within(question).getByText(s.text('wizard:restart.question')));
    await user.click(within(question).getByRole('button', { name: s.text('wizard:restart.cancel') }));

    expect(main().queryByRole('group', { name: s.text('wizard:restart.question') })).toBeNull();
    expect(document.activeElement).toBe(button(s.text('wizard:restart.button')));
    expect(stepHeading()).toHaveTextContent(s.stepTitle('results'));
    expect(window.location.search).toBe(before);
    sameAnswers(readRecord()?.answers as PartialAnswers, COMPLETE);

    await user.click(button(s.text('wizard:restart.button')));
    await user.click(button(s.text('wizard:restart.confirm')));
    await findStep(s.stepTitle('needs'));
    expect(readRecord()?.answers).toEqual({});
    expect(main().queryByRole('button', { name: s.text('wizard:restart.button') })).toBeNull();
    for (const id of NEED_IDS) expect(checkbox(s.need(id))).not.toBeChecked();
  });
});

describe('notices', () => {
  it('names the value of the link that was not understood, and the reason', async () => {
    const { user, s } = renderApp({ lang: 'en', search: '?needs=youth,not-a-need&age=teen' });
    const notice = await screen.findByRole('heading', { name: s.text('wizard:notices.title') });
    const region = notice.closest('[role="status"]') as HTMLElement;
    expect(region).not.toBeNull();
    expect(within(region).getByText(s.text('wizard:notices.linkDropped', { count: 1 }))).toBeVisible();
    expect(within(region).getByText('not-a-need')).toBeVisible();
    expect(region).toHaveTextContent(s.text('wizard:notices.reasons.unknown'));
    // The understood values are kept.
    await findStep(s.stepTitle('client'));

    await user.click(within(region).getByRole('button', { name: s.text('wizard:notices.dismiss') }));
    expect(screen.queryByRole('heading', { name: s.text('wizard:notices.title') })).toBeNull();
  });

  it('tells when the device record could not be read', async () => {
    const { s } = renderApp({ lang: 'sv', stored: '{not json' });
    expect(await screen.findByText(s.text('wizard:notices.storageCorrupted'))).toBeVisible();
    await findStep(s.stepTitle('needs'));
  });
});

describe('browser back and forward', () => {
  const popstate = () =>
    new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));

  it('moves between the steps already opened, keeping the answers and moving focus', async () => {
    const { user, s } = renderApp({ lang: 'sv' });
    const d: Driver = { user, s, history: [], at: 0 };
    await answerWith(d, { type: 'answer.needs', needs: ['youth'] });
    await answerWith(d, { type: 'answer.client', ageGroup: 'teen', language: 'fi', access: 'skipped' });
    await findStep(s.stepTitle('channels'));
    const address = window.location.search;

    let popped = popstate();
    window.history.go(-2);
    await popped;
    expect(document.activeElement).toBe(await findStep(s.stepTitle('needs')));
    expect(checkbox(s.need('youth'))).toBeChecked();
    expect(window.location.search).toBe(address);

    popped = popstate();
    window.history.forward();
    await popped;
    expect(document.activeElement).toBe(await findStep(s.stepTitle('client')));
    expect(radio(ageGroupName(s, 'teen'))).toBeChecked();
    expect(window.location.search).toBe(address);
    expect(readRecord()?.step).toBe('client');
  });

  // When Back lands on an entry whose step can no longer open (after Start over), the address
  // must stay on the current answers, or a reload would revive the cleared ones.
  it('keeps the address on the answers when Back cannot open the entry (after Start over)', async () => {
    const { user, s } = renderApp({ lang: 'en' });
    const d: Driver = { user, s, history: [], at: 0 };
    await answerWith(d, { type: 'answer.needs', needs: ['youth'] });
    await findStep(s.stepTitle('client'));
    await user.click(button(s.text('wizard:restart.button')));
    await user.click(button(s.text('wizard:restart.confirm')));
    await findStep(s.stepTitle('needs'));
    expect(window.location.search).toBe(encodeShareQuery({}, 'en'));

    const popped = popstate();
    window.history.back();
    await popped;
    // The app stays on the empty first question, as it should...
    expect(stepHeading()).toHaveTextContent(s.stepTitle('needs'));
    expect(readRecord()?.answers).toEqual({});
    // ...but the address shows the cleared answers, and a reload brings them back.
    const reload = bootWizard(window.location.search, window.localStorage.getItem(SESSION_STORAGE_KEY));
    expect(reload.answers).toEqual({});
    expect(window.location.search).toBe(encodeShareQuery({}, 'en'));
  });
});

describe('the UI language', () => {
  it('switches with the language buttons, keeps the answers and is remembered on the device', async () => {
    const { user, s } = renderApp({ lang: 'fi', search: '?needs=youth' });
    await findStep(s.stepTitle('client'));
    const switcher = screen.getByRole('group', { name: s.text('common:uiLanguage') });
    expect(within(switcher).getByRole('button', { name: 'Suomi' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(switcher).getByRole('button', { name: 'Svenska' }));

    const sv = uiStrings(s.i18n, 'sv');
    await findStep(sv.stepTitle('client'));
    expect(document.documentElement.lang).toBe('sv');
    expect(within(switcher).getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');
    expect(window.localStorage.getItem(UI_LANGUAGE_STORAGE_KEY)).toBe('sv');
    const link = decodeShareQuery(window.location.search);
    expect(link.ui).toBe('sv');
    expect(link.answers).toEqual({ needs: ['youth'] });
  });
});

describe('the device record', () => {
  it('holds ids only: the plan note never reaches localStorage, the address or history', async () => {
    const { user, s } = renderApp({ lang: 'en', search: encodeShareQuery(COMPLETE) });
    await findStep(s.stepTitle('results'));
    const note = 'Maija Meikäläinen 010203-123X secret note';
    const firstTool = main().getAllByRole('article')[0]!;
    const toolId = firstTool.getAttribute('data-tool-id')!;
    await user.click(
      within(firstTool).getByRole('checkbox', {
        name: s.text('results:propose', { name: s.toolName(toolId) }),
      }),
    );
    // The plan follows the cards once these have painted.
    await user.type(await main().findByRole('textbox', { name: s.text('plan:note.label') }), note);
    expect(main().getByRole('textbox', { name: s.text('plan:note.label') })).toHaveValue(note);

    const record = readRecord();
    expect(SessionRecord.safeParse(record).success).toBe(true);
    expect(Object.keys(record ?? {}).sort()).toEqual(
      ['answers', 'chosenTools', 'consideredPrompts', 'savedOn', 'step', 'version'].sort(),
    );
    expect(record?.chosenTools).toEqual([toolId]);
    sameAnswers(record?.answers as PartialAnswers, COMPLETE);
    // Every string in the record is an id, a step or the date.
    const strings = JSON.stringify(record).match(/"[^"]*"/g) ?? [];
    for (const str of strings)
      expect(str).toMatch(/^"([a-z0-9]+(-[a-z0-9]+)*|[a-zA-Z]+|\d{4}-\d{2}-\d{2})"$/);

    const stored = allStorage();
    for (const word of ['Maija', 'Meikäläinen', '010203', 'secret']) {
      expect(stored).not.toContain(word);
      expect(decodeURIComponent(window.location.href)).not.toContain(word);
      expect(JSON.stringify(window.history.state)).not.toContain(word);
    }
  });
});
