import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import {
  QUESTION_IDS,
  STEP_IDS,
  STEP_QUESTIONS,
  isStepId,
  stepOfQuestion,
  type Answers,
  type PartialAnswers,
  type QuestionId,
  type StepId,
} from '../../src/domain/answers.ts';
import { resumeSnapshot, planningMachine, type PlanningEvent } from '../../flows/planning-machine.ts';
import { WIZARD_STEPS, canOpenStep, normalizeStep, type WizardStep } from '../../flows/planning-steps.ts';
import {
  INVALID_ANSWER_EVENTS,
  SAMPLE_EVENTS,
  SIMPLE_PATH_EVENTS,
  answeredOf,
  pathEvents,
  serializeWizardState,
  wizardShortestPaths,
  wizardSimplePaths,
  type WizardPath,
  type WizardSnapshot,
} from './wizard-paths.ts';

const complete: Answers = {
  needs: ['youth'],
  ageGroup: 'teen',
  language: 'sv',
  channels: ['chat'],
  access: 'independent',
};

const start = (answers: PartialAnswers = {}) =>
  createActor(planningMachine, { input: { answers, tools: [] } }).start();

/** Runs the events on a fresh machine and returns the actor. */
const replay = (events: readonly PlanningEvent[]) => {
  const actor = start();
  for (const event of events) actor.send(event);
  return actor;
};

const view = (snapshot: WizardSnapshot) => ({
  value: snapshot.value,
  answered: answeredOf(snapshot),
  editing: snapshot.context.editing,
});

/** A snapshot at `step` with `answers`, as the resumed UI would hold it. */
const at = (step: WizardStep, answers: PartialAnswers) =>
  createActor(planningMachine, { input: { tools: [] }, snapshot: resumeSnapshot(answers, step) }).start();

/*
 * The reference model: the wizard's rules written out plainly, independent of the machine's
 * guards, so every edge of the state graph can be checked against it.
 */
interface ModelState {
  value: WizardStep;
  answered: QuestionId[];
  editing: boolean;
}
/** The step each answer event answers. */
const STEP_OF_EVENT: Partial<Record<PlanningEvent['type'], StepId>> = {
  'answer.needs': 'needs',
  'answer.client': 'client',
  'answer.channels': 'channels',
};
const isValidSample = (event: PlanningEvent) => !INVALID_ANSWER_EVENTS.includes(event);

function expected(state: ModelState, event: PlanningEvent): ModelState {
  const { value, answered, editing } = state;
  const to = (next: WizardStep, nextAnswered = answered, nextEditing = false): ModelState => ({
    value: next,
    answered: QUESTION_IDS.filter((q) => nextAnswered.includes(q)),
    editing: nextEditing,
  });
  // Steps: needs -> about the client (age group, language, access) -> channels -> results.
  const opens = (step: WizardStep) =>
    STEP_IDS.slice(0, WIZARD_STEPS.indexOf(step)).every((s) =>
      STEP_QUESTIONS[s].every((q) => answered.includes(q)),
    );
  switch (event.type) {
    case 'wizard.restart':
      return to('needs', []);
    case 'nav.goto':
      return opens(event.step) ? to(event.step) : state;
    case 'review.edit':
      return value === 'results' ? to(stepOfQuestion(event.question), answered, true) : state;
    case 'nav.back': {
      if (editing) return to('results');
      if (value === 'results') return to('channels');
      const index = STEP_IDS.indexOf(value);
      return index > 0 ? to(STEP_IDS[index - 1] as StepId) : state;
    }
    default: {
      const step = STEP_OF_EVENT[event.type];
      if (step !== value || !isValidSample(event) || !isStepId(value)) return state;
      const next = editing ? 'results' : (WIZARD_STEPS[STEP_IDS.indexOf(value) + 1] as WizardStep);
      return to(next, [...answered, ...STEP_QUESTIONS[step]]);
    }
  }
}

const shortest = wizardShortestPaths();
const simple = wizardSimplePaths();
const describePath = (path: WizardPath) =>
  pathEvents(path)
    .map((e) => JSON.stringify(e))
    .join(' → ') || '(start)';

describe('wizard machine: model-based paths', () => {
  it('reaches 13 states: each step with each reachable answered-set, plus editing from the results', () => {
    const states = shortest.map((p) => serializeWizardState(p.state));
    expect(new Set(states).size).toBe(states.length);
    // needs x 4 answered-sets, client x 3, channels x 2, results x 1, three steps open from the results.
    expect(states).toHaveLength(13);
    // The UI-replay entry point agrees with the plain graph functions.
    const plain = getShortestPaths(planningMachine, {
      events: [...SAMPLE_EVENTS],
      serializeState: serializeWizardState,
      input: { tools: [] },
    });
    expect(plain.map((p) => serializeWizardState(p.state)).sort()).toEqual([...states].sort());
  });

  it.each(shortest.map((path) => [describePath(path), path] as const))('shortest path %s', (_name, path) => {
    const actor = replay(pathEvents(path));
    expect(view(actor.getSnapshot())).toEqual(view(path.state));
    expect(actor.getSnapshot().status).toBe('active');
  });

  it('finds 89 simple paths without nav.goto, reaching the same 13 states', () => {
    expect(simple).toHaveLength(89);
    const reached = new Set(simple.map((p) => serializeWizardState(p.state)));
    expect([...reached].sort()).toEqual(shortest.map((p) => serializeWizardState(p.state)).sort());
    const plain = getSimplePaths(planningMachine, {
      events: [...SIMPLE_PATH_EVENTS],
      serializeState: serializeWizardState,
      input: { tools: [] },
    });
    expect(plain).toHaveLength(simple.length);
  });

  it('replays every simple path to its state', () => {
    for (const path of simple) {
      const actor = replay(pathEvents(path));
      expect(view(actor.getSnapshot()), describePath(path)).toEqual(view(path.state));
    }
  });

  it('replays through TestModel.test, as the UI replay will', async () => {
    for (const path of shortest) {
      const actor = start();
      const send = ({ event }: { event: PlanningEvent }) => void actor.send(event);
      await path.test({
        events: Object.fromEntries(SAMPLE_EVENTS.map((e) => [e.type, send])),
        states: { '*': (state) => expect(view(actor.getSnapshot())).toEqual(view(state)) },
      });
    }
  });

  it.each(shortest.map((path) => [serializeWizardState(path.state), path] as const))(
    'every sample event from %s does what the reference model says',
    (_name, path) => {
      const from = view(path.state) as ModelState;
      for (const event of SAMPLE_EVENTS) {
        const actor = replay(pathEvents(path));
        actor.send(event);
        expect(view(actor.getSnapshot()), JSON.stringify(event)).toEqual(expected(from, event));
      }
    },
  );
});

describe('wizard machine: rules', () => {
  it('ignores invalid payloads in every step, also while editing', () => {
    for (const step of STEP_IDS) {
      for (const editing of [false, true]) {
        const actor = editing ? at('results', complete) : at(step, complete);
        if (editing) actor.send({ type: 'review.edit', question: STEP_QUESTIONS[step][0] });
        const before = actor.getSnapshot();
        for (const event of INVALID_ANSWER_EVENTS) {
          expect(actor.getSnapshot().can(event)).toBe(false);
          actor.send(event);
        }
        expect(actor.getSnapshot().value).toBe(step);
        expect(actor.getSnapshot().context).toEqual(before.context);
      }
    }
  });

  it('asks every question on three steps and reaches the results, never moving on by itself', () => {
    const actor = start();
    actor.send({ type: 'answer.needs', needs: ['youth'] });
    expect(actor.getSnapshot().value).toBe('client');
    actor.send({ type: 'answer.client', ageGroup: 'teen', language: 'sv', access: 'independent' });
    expect(actor.getSnapshot().value).toBe('channels');
    // Only the channels answer is missing: the results still wait for it.
    expect(actor.getSnapshot().can({ type: 'nav.goto', step: 'results' })).toBe(false);
    actor.send({ type: 'answer.channels', channels: ['chat'] });
    expect(actor.getSnapshot().value).toBe('results');
    expect(actor.getSnapshot().context).toEqual(
      expect.objectContaining({ answers: complete, editing: false }),
    );
  });

  it('opens the step that asks a question changed from the results, and returns there', () => {
    const changed: Record<StepId, PlanningEvent> = {
      needs: { type: 'answer.needs', needs: ['addiction'] },
      client: { type: 'answer.client', ageGroup: 'adult', language: 'ru', access: 'no-access' },
      channels: { type: 'answer.channels', channels: 'any' },
    };
    const changedAnswers: Answers = {
      needs: ['addiction'],
      ageGroup: 'adult',
      language: 'ru',
      access: 'no-access',
      channels: 'any',
    };
    for (const question of QUESTION_IDS) {
      const step = stepOfQuestion(question);
      const actor = at('results', complete);
      actor.send({ type: 'review.edit', question });
      expect(actor.getSnapshot().value).toBe(step);
      expect(actor.getSnapshot().context.editing).toBe(true);
      for (const event of Object.values(changed)) actor.send(event);
      expect(actor.getSnapshot().value).toBe('results');
      expect(actor.getSnapshot().context.editing).toBe(false);
      const expectedAnswers = Object.fromEntries(
        QUESTION_IDS.map((q) => [
          q,
          STEP_QUESTIONS[step].some((x) => x === q) ? changedAnswers[q] : complete[q],
        ]),
      );
      expect(actor.getSnapshot().context.answers).toEqual(expectedAnswers);
    }
  });

  it('nav.back from each step', () => {
    const back: Record<WizardStep, WizardStep> = {
      needs: 'needs',
      client: 'needs',
      channels: 'client',
      results: 'channels',
    };
    for (const step of WIZARD_STEPS) {
      const actor = at(step, complete);
      actor.send({ type: 'nav.back' });
      expect(actor.getSnapshot().value, step).toBe(back[step]);
      expect(actor.getSnapshot().context.answers).toEqual(complete);
    }
    for (const question of QUESTION_IDS) {
      const actor = at('results', complete);
      actor.send({ type: 'review.edit', question });
      actor.send({ type: 'nav.back' });
      expect(actor.getSnapshot().value).toBe('results');
      expect(actor.getSnapshot().context).toEqual(
        expect.objectContaining({ answers: complete, editing: false }),
      );
    }
  });

  it('restart clears the answers from every step, also while editing', () => {
    for (const step of WIZARD_STEPS) {
      const actor = at(step, complete);
      if (step === 'results') actor.send({ type: 'review.edit', question: 'channels' });
      actor.send({ type: 'wizard.restart' });
      expect(actor.getSnapshot().value).toBe('needs');
      expect(actor.getSnapshot().context).toEqual({
        answers: {},
        editing: false,
        plan: { tools: [], considered: [], note: '' },
        notices: [],
        holdRecord: false,
        storageFailed: false,
        restarts: 1,
        tools: undefined,
      });
    }
  });

  it('nav.goto refuses a step whose earlier answers are missing', () => {
    const partial: PartialAnswers = { needs: ['youth'], ageGroup: 'teen' };
    const actor = at('client', partial);
    for (const step of ['channels', 'results'] as const) {
      expect(actor.getSnapshot().can({ type: 'nav.goto', step })).toBe(false);
      actor.send({ type: 'nav.goto', step });
      expect(actor.getSnapshot().value).toBe('client');
    }
    const other = at('client', partial);
    other.send({ type: 'nav.goto', step: 'needs' });
    expect(other.getSnapshot().value).toBe('needs');
    // A gap counts as missing: channels answered does not open the results without access.
    const gap = at('client', { ...complete, access: undefined });
    gap.send({ type: 'nav.goto', step: 'results' });
    expect(gap.getSnapshot().value).toBe('client');
    expect(canOpenStep({ ...complete, access: undefined }, 'results')).toBe(false);
    expect(canOpenStep({ ...complete, access: undefined }, 'channels')).toBe(false);
  });

  it('ignores a nav.goto to a step that does not exist', () => {
    const actor = at('results', complete);
    actor.send({ type: 'nav.goto', step: 'summary' as WizardStep });
    expect(actor.getSnapshot().value).toBe('results');
  });

  it('starts at the first question, keeping only valid input answers', () => {
    const actor = start({
      needs: ['youth', 'youth'],
      ageGroup: 'teen',
      language: 'xx',
    } as unknown as PartialAnswers);
    expect(actor.getSnapshot().value).toBe('needs');
    expect(actor.getSnapshot().context).toEqual(
      expect.objectContaining({ answers: { ageGroup: 'teen' }, editing: false }),
    );
  });
});

describe('old step names (device records and history entries of earlier versions)', () => {
  it('maps each old one-question step to the step that asks it, and the review to the results', () => {
    expect(normalizeStep('ageGroup')).toBe('client');
    expect(normalizeStep('language')).toBe('client');
    expect(normalizeStep('access')).toBe('client');
    expect(normalizeStep('review')).toBe('results');
    for (const step of WIZARD_STEPS) expect(normalizeStep(step)).toBe(step);
    for (const other of ['nowhere', 'toString', '__proto__', '', 7, null, undefined])
      expect(normalizeStep(other)).toBeUndefined();
  });

  it('resumes an old step name at the step of today, when its earlier answers are there', () => {
    expect(resumeSnapshot(complete, 'access').value).toBe('client');
    expect(resumeSnapshot(complete, 'review').value).toBe('results');
    expect(resumeSnapshot({ needs: ['youth'] }, 'language').value).toBe('client');
    // The review needs every answer, as the results do.
    expect(resumeSnapshot({ ...complete, channels: undefined }, 'review').value).toBe('channels');
  });
});

describe('resumeSnapshot', () => {
  it('resumes at the requested step when its earlier answers are there', () => {
    for (const step of WIZARD_STEPS) {
      const snapshot = resumeSnapshot(complete, step);
      expect(snapshot.value).toBe(step);
      expect(snapshot.context).toEqual(expect.objectContaining({ answers: complete, editing: false }));
    }
    expect(resumeSnapshot({ needs: ['youth'] }, 'client').value).toBe('client');
    expect(resumeSnapshot({ needs: ['youth'], ageGroup: 'teen' }, 'needs').value).toBe('needs');
  });

  it('falls back to the first step with an open question, or the results, when the step is not allowed', () => {
    expect(resumeSnapshot({}, 'results').value).toBe('needs');
    expect(resumeSnapshot({ needs: ['youth'] }, 'results').value).toBe('client');
    // One answer of the client step missing opens that step.
    expect(resumeSnapshot({ ...complete, language: undefined }, 'results').value).toBe('client');
    expect(resumeSnapshot(complete).value).toBe('results');
    expect(resumeSnapshot(undefined).value).toBe('needs');
  });

  // The requested step comes from storage, a link or history.state, so it is untrusted.
  it('treats an unknown requested step as not allowed instead of throwing', () => {
    for (const requested of ['nowhere', 'toString', '__proto__', '']) {
      expect(canOpenStep(complete, requested as WizardStep)).toBe(false);
      expect(resumeSnapshot(complete, requested as WizardStep).value).toBe('results');
    }
  });

  it('drops invalid answers before deciding, so a bad record cannot open a later step', () => {
    const bad = { ...complete, ageGroup: 'toddler' } as unknown as PartialAnswers;
    const snapshot = resumeSnapshot(bad, 'results');
    expect(snapshot.value).toBe('client');
    const { ageGroup: _dropped, ...rest } = complete;
    expect(snapshot.context.answers).toEqual(rest);
  });

  it('gives a snapshot an actor can continue from', () => {
    const actor = createActor(planningMachine, {
      input: { tools: [] },
      snapshot: resumeSnapshot(complete, 'results'),
    }).start();
    expect(actor.getSnapshot().status).toBe('active');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('channels');
    actor.send({ type: 'answer.channels', channels: ['chat'] });
    expect(actor.getSnapshot().value).toBe('results');
  });
});
