import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { createTestModel, getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  PRACTICE_STEPS,
  practiceAttempt,
  practiceMachine,
  practiceStepOf,
  type PracticeEvent,
  type PracticeInput,
  type PracticeStep,
} from '../../flows/practice-machine.ts';
import { QUESTION_IDS, stepOfQuestion } from '../../src/domain/answers.ts';
import { scenarios } from '../../src/domain/scenario-data.ts';
import { scorePractice } from '../../src/engine/practice-score.ts';

type Snapshot = SnapshotFrom<typeof practiceMachine>;

const SCENARIO_IDS = ['case-a', 'case-b'];
/** Two bundled scenarios under the names the paths use. */
const SCENARIOS = SCENARIO_IDS.map((id, i) => ({ ...scenarios[i]!, id }));
const INPUT: PracticeInput = { scenarios: SCENARIOS };

/** Payloads the UI could send that the guards must refuse; typed loosely on purpose. */
const invalid = (event: Record<string, unknown>) => event as unknown as PracticeEvent;

/** Sample events: a valid and an invalid payload for every event that carries one. */
const EVENTS: PracticeEvent[] = [
  { type: 'practice.choose', scenarioId: 'case-a' },
  { type: 'practice.choose', scenarioId: 'case-b' },
  { type: 'practice.choose', scenarioId: 'no-such-case' },
  { type: 'practice.begin' },
  { type: 'answer.needs', needs: ['older-people', 'service-guidance'] },
  { type: 'answer.needs', needs: [] },
  invalid({ type: 'answer.needs', needs: ['not-a-need'] }),
  { type: 'answer.client', ageGroup: 'older-adult', language: 'sv', access: 'no-access' },
  invalid({ type: 'answer.client', ageGroup: 'pensioner', language: 'sv', access: 'no-access' }),
  invalid({ type: 'answer.client', ageGroup: 'older-adult', language: 'xx', access: 'no-access' }),
  invalid({ type: 'answer.client', ageGroup: 'older-adult', language: 'sv', access: 'maybe' }),
  { type: 'answer.channels', channels: 'any' },
  { type: 'answer.channels', channels: ['phone', 'phone'] },
  { type: 'nav.back' },
  { type: 'practice.pickTools', toolIds: ['tool-a', 'tool-b'] },
  { type: 'practice.pickTools', toolIds: [] },
  { type: 'practice.pickTools', toolIds: ['tool-a', 'tool-b', 'tool-c', 'tool-d'] },
  { type: 'practice.pickTools', toolIds: ['Not An Id'] },
  { type: 'practice.markEthics', ruleIds: ['rule-x'] },
  { type: 'practice.markEthics', ruleIds: ['rule-x', 'rule-x'] },
  { type: 'practice.retry' },
  { type: 'practice.next' },
  { type: 'practice.exit' },
];

/**
 * A state's identity for the graph: its value plus everything the guards read (which
 * scenario is open, and whether the attempt is complete enough to score).
 */
const serializeState = (snapshot: Snapshot) =>
  JSON.stringify({
    value: snapshot.value,
    scenarioId: snapshot.context.scenarioId ?? null,
    complete: practiceAttempt(snapshot.context) !== undefined,
  });

const traversal = (input: PracticeInput) => ({ input, events: EVENTS, serializeState });

/** What must hold in each state, whichever way it was reached. */
function checkInvariants(snapshot: Snapshot): void {
  const step = practiceStepOf(snapshot.value);
  const { context } = snapshot;
  expect(step).toBe(snapshot.value);
  if (step === 'chooseScenario') {
    expect(context.scenarioId).toBeUndefined();
    expect(context).toMatchObject({ answers: {}, tools: [], ethics: [] });
    return;
  }
  expect(SCENARIO_IDS).toContain(context.scenarioId);
  // Every question of the steps before the current one is answered.
  const index = PRACTICE_STEPS.indexOf(step);
  for (const q of QUESTION_IDS) {
    if (PRACTICE_STEPS.indexOf(stepOfQuestion(q)) < index)
      expect(context.answers[q], `${q} before ${step}`).toBeDefined();
  }
  if (index > PRACTICE_STEPS.indexOf('pickTools')) {
    expect(context.tools.length).toBeGreaterThanOrEqual(1);
    expect(context.tools.length).toBeLessThanOrEqual(3);
  }
  if (step === 'feedback') expect(practiceAttempt(context)).toBeDefined();
}

const model = createTestModel(practiceMachine, traversal(INPUT));
const deepLinkModel = createTestModel(practiceMachine, traversal({ ...INPUT, scenarioId: 'case-b' }));

/**
 * Replays a path against a fresh actor (the system under test) and checks, after every
 * step, that the actor is where the model says and that the state's invariants hold.
 */
async function replay(path: ReturnType<typeof model.getShortestPaths>[number], input: PracticeInput) {
  const actor = createActor(practiceMachine, { input }).start();
  const send = ({ event }: { event: PracticeEvent }) => actor.send(event);
  const check = (expected: Snapshot) => {
    const actual = actor.getSnapshot();
    // The model's snapshot is one representative of its identity, so only the identity is compared.
    expect(serializeState(actual)).toBe(serializeState(expected));
    checkInvariants(actual);
  };
  await path.test({
    events: Object.fromEntries(EVENTS.map((e) => [e.type, send])),
    states: Object.fromEntries(PRACTICE_STEPS.map((s) => [s, check])),
  });
  expect(serializeState(actor.getSnapshot())).toBe(serializeState(path.state));
  actor.stop();
}

/** A short test name: the identity reached and the events that reach it. */
const describePath = (path: { state: Snapshot; steps: { event: PracticeEvent | { type: string } }[] }) =>
  `${serializeState(path.state)} <- ${path.steps
    .slice(1)
    .map((s) => s.event.type)
    .join(', ')}`;

const shortest = model.getShortestPaths({ allowDuplicatePaths: true });
const simple = model.getSimplePaths({ allowDuplicatePaths: true });
const deepShortest = deepLinkModel.getShortestPaths({ allowDuplicatePaths: true });

describe('practice machine: model-based paths', () => {
  it('reaches every state, for every scenario, by the shortest paths', () => {
    const reached = new Set(shortest.map((p) => serializeState(p.state)));
    const values = new Set(shortest.map((p) => p.state.value));
    expect([...values].sort()).toEqual([...PRACTICE_STEPS].sort());
    for (const id of SCENARIO_IDS) {
      expect(reached).toContain(JSON.stringify({ value: 'feedback', scenarioId: id, complete: true }));
      // Going back from the ethics step keeps a complete attempt all the way to the case.
      expect(reached).toContain(JSON.stringify({ value: 'vignette', scenarioId: id, complete: true }));
    }
    // Free functions and the test model agree on the graph.
    expect(getShortestPaths(practiceMachine, traversal(INPUT))).toHaveLength(reached.size);
    expect(getSimplePaths(practiceMachine, traversal(INPUT)).length).toBe(simple.length);
    console.info(
      `practice machine: ${reached.size} states; ${shortest.length} shortest paths, ${simple.length} simple paths; deep link: ${deepShortest.length} shortest paths`,
    );
  });

  it.each(shortest.map((p) => [describePath(p), p] as const))('shortest: %s', async (_, path) => {
    await replay(path, INPUT);
  });

  it('replays every simple path', async () => {
    expect(simple.length).toBeGreaterThan(shortest.length);
    for (const path of simple) await replay(path, INPUT);
  });

  it.each(deepShortest.map((p) => [describePath(p), p] as const))(
    'deep link, shortest: %s',
    async (_, path) => {
      expect(path.steps[0]!.state.value).toBe('vignette');
      await replay(path, { ...INPUT, scenarioId: 'case-b' });
    },
  );
});

const start = (input: PracticeInput = INPUT) => createActor(practiceMachine, { input }).start();

/** A student's walk through `scenarioId` up to the ethics step (the last step before feedback). */
const walkToEthics = (scenarioId = 'case-a'): PracticeEvent[] => [
  { type: 'practice.choose', scenarioId },
  { type: 'practice.begin' },
  { type: 'answer.needs', needs: ['older-people'] },
  { type: 'answer.client', ageGroup: 'older-adult', language: 'sv', access: 'no-access' },
  { type: 'answer.channels', channels: ['phone'] },
  { type: 'practice.pickTools', toolIds: ['tool-a'] },
];

/** Drives an actor from the list to the feedback of `scenarioId`. */
function toFeedback(scenarioId = 'case-a', input: PracticeInput = INPUT) {
  const actor = start(input);
  for (const event of walkToEthics(scenarioId)) actor.send(event);
  actor.send({ type: 'practice.markEthics', ruleIds: ['rule-x'] });
  expect(actor.getSnapshot().value).toBe('feedback');
  return actor;
}

describe('practice machine: behaviour', () => {
  it('starts at the list, or at the case of a valid start link', () => {
    expect(start().getSnapshot().value).toBe('chooseScenario');
    const linked = start({ ...INPUT, scenarioId: 'case-b' }).getSnapshot();
    expect(linked.value).toBe('vignette');
    expect(linked.context.scenarioId).toBe('case-b');
  });

  it('ignores a start link to an unknown scenario', () => {
    const snapshot = start({ ...INPUT, scenarioId: 'gone' }).getSnapshot();
    expect(snapshot.value).toBe('chooseScenario');
    expect(snapshot.context.scenarioId).toBeUndefined();
  });

  it('ignores invalid payloads, and says so through can()', () => {
    const actor = start();
    const snapshot = actor.getSnapshot();
    expect(snapshot.can({ type: 'practice.choose', scenarioId: 'nope' })).toBe(false);
    expect(snapshot.can({ type: 'practice.choose', scenarioId: 'case-a' })).toBe(true);
    actor.send({ type: 'practice.choose', scenarioId: 'case-a' });
    actor.send({ type: 'practice.begin' });
    actor.send({ type: 'answer.needs', needs: [] });
    expect(actor.getSnapshot().value).toBe('needs');
    actor.send({ type: 'answer.needs', needs: ['youth'] });
    actor.send({ type: 'answer.client', ageGroup: 'teen', language: 'fi', access: 'skipped' });
    actor.send({ type: 'answer.channels', channels: 'any' });
    expect(actor.getSnapshot().value).toBe('pickTools');
    for (const toolIds of [[], ['a', 'b', 'c', 'd'], ['a', 'a']]) {
      expect(actor.getSnapshot().can({ type: 'practice.pickTools', toolIds })).toBe(false);
    }
    actor.send({ type: 'practice.pickTools', toolIds: ['a', 'b', 'c'] });
    expect(actor.getSnapshot().can({ type: 'practice.markEthics', ruleIds: ['r', 'r'] })).toBe(false);
    actor.send({ type: 'practice.markEthics', ruleIds: [] });
    expect(actor.getSnapshot().value).toBe('feedback');
  });

  it('keeps answers when going back, and offers no way back from the feedback', () => {
    const actor = toFeedback();
    expect(actor.getSnapshot().can({ type: 'nav.back' })).toBe(false);
    const fresh = start();
    fresh.send({ type: 'practice.choose', scenarioId: 'case-a' });
    fresh.send({ type: 'practice.begin' });
    fresh.send({ type: 'answer.needs', needs: ['youth'] });
    fresh.send({ type: 'nav.back' });
    expect(fresh.getSnapshot().value).toBe('needs');
    expect(fresh.getSnapshot().context.answers).toEqual({ needs: ['youth'] });
  });

  it('hands the complete attempt to scoring', () => {
    expect(practiceAttempt(toFeedback().getSnapshot().context)).toEqual({
      answers: {
        needs: ['older-people'],
        ageGroup: 'older-adult',
        language: 'sv',
        channels: ['phone'],
        access: 'no-access',
      },
      tools: ['tool-a'],
      ethics: ['rule-x'],
    });
  });

  it('retries the same scenario from the case with everything cleared', () => {
    const actor = toFeedback('case-b');
    actor.send({ type: 'practice.retry' });
    expect(actor.getSnapshot().value).toBe('vignette');
    expect(actor.getSnapshot().context).toMatchObject({
      scenarioId: 'case-b',
      answers: {},
      tools: [],
      ethics: [],
    });
  });

  it('goes on to the next scenario, and from the last one back to the list', () => {
    const actor = toFeedback('case-a');
    actor.send({ type: 'practice.next' });
    expect(actor.getSnapshot().value).toBe('vignette');
    expect(actor.getSnapshot().context).toMatchObject({ scenarioId: 'case-b', answers: {}, tools: [] });
    const last = toFeedback('case-b');
    last.send({ type: 'practice.next' });
    expect(last.getSnapshot().value).toBe('chooseScenario');
    expect(last.getSnapshot().context.scenarioId).toBeUndefined();
  });

  it('exits to the list from every step but the list itself', () => {
    const steps: PracticeStep[] = [];
    const actor = start();
    actor.send({ type: 'practice.choose', scenarioId: 'case-a' });
    const forward: PracticeEvent[] = [
      { type: 'practice.begin' },
      { type: 'answer.needs', needs: ['youth'] },
      { type: 'answer.client', ageGroup: 'teen', language: 'uk', access: 'independent' },
      { type: 'answer.channels', channels: ['chat'] },
      { type: 'practice.pickTools', toolIds: ['x'] },
      { type: 'practice.markEthics', ruleIds: [] },
    ];
    for (const event of [undefined, ...forward]) {
      if (event) actor.send(event);
      const snapshot = actor.getSnapshot();
      steps.push(practiceStepOf(snapshot.value));
      expect(snapshot.can({ type: 'practice.exit' })).toBe(true);
    }
    expect(steps).toEqual(PRACTICE_STEPS.slice(1));
    actor.send({ type: 'practice.exit' });
    expect(actor.getSnapshot().value).toBe('chooseScenario');
    expect(actor.getSnapshot().can({ type: 'practice.exit' })).toBe(false);
  });
});

describe('practice machine: feedback, progress and notices', () => {
  it('scores the attempt on entering the feedback, and records it through the provided action', () => {
    const recorded: unknown[] = [];
    const machine = practiceMachine.provide({
      actions: { recordProgress: ({ context }) => void recorded.push(context.progress) },
    });
    const actor = createActor(machine, { input: INPUT }).start();
    for (const event of walkToEthics()) actor.send(event);
    expect(actor.getSnapshot().context.feedback).toBeUndefined();
    expect(recorded).toEqual([]);
    actor.send({ type: 'practice.markEthics', ruleIds: ['rule-x'] });
    const { context } = actor.getSnapshot();
    const expected = scorePractice(SCENARIOS[0]!, practiceAttempt(context)!);
    expect(context.feedback).toEqual(expected);
    expect(context.progress).toEqual({
      schemaVersion: 1,
      completed: ['case-a'],
      best: { 'case-a': expected.score.percent },
    });
    expect(recorded).toEqual([context.progress]);
    actor.send({ type: 'practice.retry' });
    expect(actor.getSnapshot().context.feedback).toBeUndefined();
    // The progress stays: it is the device's, not the attempt's.
    expect(actor.getSnapshot().context.progress.completed).toEqual(['case-a']);
  });

  it('clears the feedback on next', () => {
    const actor = toFeedback('case-a');
    expect(actor.getSnapshot().context.feedback?.scenarioId).toBe('case-a');
    actor.send({ type: 'practice.next' });
    expect(actor.getSnapshot().context.feedback).toBeUndefined();
  });

  it('tells about an unreadable record and an unknown start link until dismissed or a case is chosen', () => {
    const actor = start({ ...INPUT, scenarioId: 'gone', progressCorrupted: true });
    expect(actor.getSnapshot().context.notices).toEqual(['storage-corrupted', 'unknown-scenario']);
    actor.send({ type: 'notices.dismiss', kind: 'storage-corrupted' });
    expect(actor.getSnapshot().context.notices).toEqual(['unknown-scenario']);
    actor.send({ type: 'practice.choose', scenarioId: 'case-b' });
    expect(actor.getSnapshot().context.notices).toEqual([]);
  });
});
