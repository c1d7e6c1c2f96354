import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import {
  QUESTION_IDS,
  type Answers,
  type PartialAnswers,
  type QuestionId,
} from '../../src/domain/answers.ts';
import {
  WIZARD_STEPS,
  canOpenStep,
  resumeSnapshot,
  planningMachine,
  type PlanningEvent,
  type WizardStep,
} from '../../flows/planning-machine.ts';
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
const ANSWER_OF: Partial<Record<PlanningEvent['type'], QuestionId>> = {
  'answer.needs': 'needs',
  'answer.ageGroup': 'ageGroup',
  'answer.language': 'language',
  'answer.channels': 'channels',
  'answer.access': 'access',
};
const isQuestion = (step: WizardStep): step is QuestionId =>
  (QUESTION_IDS as readonly string[]).includes(step);
const isValidSample = (event: PlanningEvent) => !INVALID_ANSWER_EVENTS.includes(event);

function expected(state: ModelState, event: PlanningEvent): ModelState {
  const { value, answered, editing } = state;
  const to = (next: WizardStep, nextAnswered = answered, nextEditing = false): ModelState => ({
    value: next,
    answered: QUESTION_IDS.filter((q) => nextAnswered.includes(q)),
    editing: nextEditing,
  });
  const opens = (step: WizardStep) =>
    QUESTION_IDS.slice(0, WIZARD_STEPS.indexOf(step)).every((q) => answered.includes(q));
  switch (event.type) {
    case 'wizard.restart':
      return to('needs', []);
    case 'nav.goto':
      return opens(event.step) ? to(event.step) : state;
    case 'review.confirm':
      return value === 'review' && answered.length === QUESTION_IDS.length ? to('results') : state;
    case 'review.edit':
      return value === 'review' || value === 'results' ? to(event.question, answered, true) : state;
    case 'nav.back': {
      if (editing) return to('review');
      if (value === 'review') return to('access');
      if (value === 'results') return to('review');
      const index = QUESTION_IDS.indexOf(value as QuestionId);
      return index > 0 ? to(QUESTION_IDS[index - 1] as QuestionId) : state;
    }
    default: {
      const question = ANSWER_OF[event.type];
      if (question !== value || !isValidSample(event) || !isQuestion(value)) return state;
      const next = editing ? 'review' : (WIZARD_STEPS[QUESTION_IDS.indexOf(value) + 1] as WizardStep);
      return to(next, [...answered, question]);
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
  it('reaches 27 states: each step with each reachable answered-set, plus editing from the review', () => {
    const states = shortest.map((p) => serializeWizardState(p.state));
    expect(new Set(states).size).toBe(states.length);
    expect(states).toHaveLength(27);
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

  it('finds 175 simple paths without nav.goto, reaching the same 27 states', () => {
    expect(simple).toHaveLength(175);
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
  it('ignores invalid payloads in every question, also while editing', () => {
    for (const question of QUESTION_IDS) {
      for (const editing of [false, true]) {
        const actor = editing ? at('review', complete) : at(question, complete);
        if (editing) actor.send({ type: 'review.edit', question });
        const before = actor.getSnapshot();
        for (const event of INVALID_ANSWER_EVENTS) {
          expect(actor.getSnapshot().can(event)).toBe(false);
          actor.send(event);
        }
        expect(actor.getSnapshot().value).toBe(question);
        expect(actor.getSnapshot().context).toEqual(before.context);
      }
    }
  });

  it('answers the questions in order and reaches the results', () => {
    const actor = start();
    actor.send({ type: 'answer.needs', needs: ['youth'] });
    actor.send({ type: 'answer.ageGroup', ageGroup: 'teen' });
    actor.send({ type: 'answer.language', language: 'sv' });
    actor.send({ type: 'answer.channels', channels: ['chat'] });
    actor.send({ type: 'answer.access', access: 'independent' });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'review.confirm' });
    expect(actor.getSnapshot().value).toBe('results');
    expect(actor.getSnapshot().context).toEqual(
      expect.objectContaining({ answers: complete, editing: false }),
    );
  });

  it('returns to the review after editing any question, from the review or the results', () => {
    for (const from of ['review', 'results'] as const) {
      for (const question of QUESTION_IDS) {
        const actor = at(from, complete);
        actor.send({ type: 'review.edit', question });
        expect(actor.getSnapshot().value).toBe(question);
        expect(actor.getSnapshot().context.editing).toBe(true);
        actor.send({ type: 'answer.access', access: 'no-access' });
        actor.send({ type: 'answer.needs', needs: ['addiction'] });
        actor.send({ type: 'answer.ageGroup', ageGroup: 'adult' });
        actor.send({ type: 'answer.language', language: 'ru' });
        actor.send({ type: 'answer.channels', channels: 'any' });
        expect(actor.getSnapshot().value).toBe('review');
        expect(actor.getSnapshot().context.editing).toBe(false);
        const changed = {
          needs: ['addiction'],
          ageGroup: 'adult',
          language: 'ru',
          channels: 'any',
          access: 'no-access',
        };
        expect(actor.getSnapshot().context.answers).toEqual({ ...complete, [question]: changed[question] });
      }
    }
  });

  it('nav.back from each step', () => {
    const back: Record<WizardStep, WizardStep> = {
      needs: 'needs',
      ageGroup: 'needs',
      language: 'ageGroup',
      channels: 'language',
      access: 'channels',
      review: 'access',
      results: 'review',
    };
    for (const step of WIZARD_STEPS) {
      const actor = at(step, complete);
      actor.send({ type: 'nav.back' });
      expect(actor.getSnapshot().value, step).toBe(back[step]);
      expect(actor.getSnapshot().context.answers).toEqual(complete);
    }
    for (const question of QUESTION_IDS) {
      const actor = at('review', complete);
      actor.send({ type: 'review.edit', question });
      actor.send({ type: 'nav.back' });
      expect(actor.getSnapshot().value).toBe('review');
      expect(actor.getSnapshot().context).toEqual(
        expect.objectContaining({ answers: complete, editing: false }),
      );
    }
  });

  it('restart clears the answers from every step, also while editing', () => {
    for (const step of WIZARD_STEPS) {
      const actor = at(step, complete);
      if (step === 'review') actor.send({ type: 'review.edit', question: 'channels' });
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
    const actor = at('language', partial);
    for (const step of ['channels', 'access', 'review', 'results'] as const) {
      expect(actor.getSnapshot().can({ type: 'nav.goto', step })).toBe(false);
      actor.send({ type: 'nav.goto', step });
      expect(actor.getSnapshot().value).toBe('language');
    }
    for (const step of ['needs', 'ageGroup', 'language'] as const) {
      const other = at('language', partial);
      other.send({ type: 'nav.goto', step });
      expect(other.getSnapshot().value).toBe(step);
    }
    // A gap counts as missing: access answered does not open the review without channels.
    const gap = at('language', { ...complete, channels: undefined });
    gap.send({ type: 'nav.goto', step: 'review' });
    expect(gap.getSnapshot().value).toBe('language');
    expect(canOpenStep({ ...complete, channels: undefined }, 'review')).toBe(false);
  });

  it('ignores a nav.goto to a step that does not exist', () => {
    const actor = at('review', complete);
    actor.send({ type: 'nav.goto', step: 'summary' as WizardStep });
    expect(actor.getSnapshot().value).toBe('review');
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

describe('resumeSnapshot', () => {
  it('resumes at the requested step when its earlier answers are there', () => {
    for (const step of WIZARD_STEPS) {
      const snapshot = resumeSnapshot(complete, step);
      expect(snapshot.value).toBe(step);
      expect(snapshot.context).toEqual(expect.objectContaining({ answers: complete, editing: false }));
    }
    expect(resumeSnapshot({ needs: ['youth'] }, 'ageGroup').value).toBe('ageGroup');
    expect(resumeSnapshot({ needs: ['youth'], ageGroup: 'teen' }, 'needs').value).toBe('needs');
  });

  it('falls back to the first open question, or the review, when the step is not allowed', () => {
    expect(resumeSnapshot({}, 'results').value).toBe('needs');
    expect(resumeSnapshot({ needs: ['youth'] }, 'review').value).toBe('ageGroup');
    expect(resumeSnapshot({ ...complete, language: undefined }, 'results').value).toBe('language');
    expect(resumeSnapshot(complete).value).toBe('review');
    expect(resumeSnapshot(undefined).value).toBe('needs');
  });

  // The requested step comes from storage, a link or history.state, so it is untrusted.
  it('treats an unknown requested step as not allowed instead of throwing', () => {
    for (const requested of ['nowhere', 'toString', '__proto__', '']) {
      expect(canOpenStep(complete, requested as WizardStep)).toBe(false);
      expect(resumeSnapshot(complete, requested as WizardStep).value).toBe('review');
    }
  });

  it('drops invalid answers before deciding, so a bad record cannot open a later step', () => {
    const bad = { ...complete, ageGroup: 'toddler' } as unknown as PartialAnswers;
    const snapshot = resumeSnapshot(bad, 'results');
    expect(snapshot.value).toBe('ageGroup');
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
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'review.confirm' });
    expect(actor.getSnapshot().value).toBe('results');
  });
});
