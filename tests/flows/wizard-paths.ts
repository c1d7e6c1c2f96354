/*
 * The wizard machine as a test model: sample events, a finite notion of "state", and the
 * paths through it. Shared by the machine's model-based test and the UI replay (which sends
 * the same events through the rendered steps and asserts at every step).
 */
import type { SnapshotFrom } from 'xstate';
import { createTestModel, type TestPath } from 'xstate/graph';
import { QUESTION_IDS, type Answers, type QuestionId } from '../../src/domain/answers.ts';
import { planningMachine, type PlanningEvent } from '../../flows/planning-machine.ts';
import { WIZARD_STEPS } from '../../flows/planning-steps.ts';

export type WizardSnapshot = SnapshotFrom<typeof planningMachine>;
export type WizardPath = TestPath<WizardSnapshot, PlanningEvent>;

/** Payloads the schemas reject; typed as answers so the machine sees what a bad caller sends. */
const invalid = <T>(value: unknown) => value as T;

/** Valid answer events: the first of each type is the one a plain walk-through uses. */
export const VALID_ANSWER_EVENTS = [
  { type: 'answer.needs', needs: ['family-work'] },
  { type: 'answer.needs', needs: ['child-protection', 'youth'] },
  { type: 'answer.client', ageGroup: 'adult', language: 'fi', access: 'skipped' },
  { type: 'answer.client', ageGroup: 'teen', language: 'ar', access: 'needs-support' },
  { type: 'answer.channels', channels: 'any' },
  { type: 'answer.channels', channels: ['chat', 'phone'] },
] as const satisfies readonly PlanningEvent[];

/** One or more rejected payloads per answer event (for the client step: each of its answers). */
export const INVALID_ANSWER_EVENTS: readonly PlanningEvent[] = [
  { type: 'answer.needs', needs: [] },
  { type: 'answer.needs', needs: invalid<Answers['needs']>(['not-a-need']) },
  { type: 'answer.needs', needs: ['youth', 'youth'] },
  {
    type: 'answer.client',
    ageGroup: invalid<Answers['ageGroup']>('toddler'),
    language: 'fi',
    access: 'skipped',
  },
  {
    type: 'answer.client',
    ageGroup: 'adult',
    language: invalid<Answers['language']>('xx'),
    access: 'skipped',
  },
  { type: 'answer.client', ageGroup: 'adult', language: 'fi', access: invalid<Answers['access']>('') },
  {
    type: 'answer.client',
    ageGroup: 'adult',
    language: 'fi',
    access: invalid<Answers['access']>(undefined),
  },
  { type: 'answer.channels', channels: [] },
  { type: 'answer.channels', channels: invalid<Answers['channels']>(['any']) },
];

export const NAV_EVENTS: readonly PlanningEvent[] = [
  { type: 'nav.back' },
  ...WIZARD_STEPS.map((step): PlanningEvent => ({ type: 'nav.goto', step })),
  ...QUESTION_IDS.map((question): PlanningEvent => ({ type: 'review.edit', question })),
  { type: 'wizard.restart' },
];

export const SAMPLE_EVENTS: readonly PlanningEvent[] = [
  ...VALID_ANSWER_EVENTS,
  ...INVALID_ANSWER_EVENTS,
  ...NAV_EVENTS,
];

/** The questions answered in a snapshot, in question order. */
export const answeredOf = (snapshot: WizardSnapshot): QuestionId[] =>
  QUESTION_IDS.filter((q) => snapshot.context.answers[q] !== undefined);

/**
 * A state's identity for the graph: the step, which questions are answered and whether a
 * step is open from the results. The answer values are left out so the graph stays finite
 * (and small): two needs lists lead to the same place.
 */
export const serializeWizardState = (snapshot: WizardSnapshot): string =>
  JSON.stringify({
    value: snapshot.value,
    answered: answeredOf(snapshot),
    editing: snapshot.context.editing,
  });

/** The events a path sends, without the synthetic 'xstate.init' first step. */
export const pathEvents = (path: WizardPath): PlanningEvent[] =>
  path.steps.map((step) => step.event as PlanningEvent | { type: 'xstate.init' }).filter(isPlanningEvent);

const isPlanningEvent = (event: PlanningEvent | { type: 'xstate.init' }): event is PlanningEvent =>
  event.type !== 'xstate.init';

/** The model over `events` (all samples by default); the wizard starts with no answers. */
export const wizardTestModel = (events: readonly PlanningEvent[] = SAMPLE_EVENTS) =>
  createTestModel(planningMachine, {
    events: [...events],
    serializeState: serializeWizardState,
    input: { tools: [] },
  });

/**
 * One shortest path to every reachable state (step x answered questions x editing), with
 * every sample event tried in every state. Each path has `test({ states, events })` to
 * replay it against another implementation of the wizard, such as the rendered UI.
 */
export function wizardShortestPaths(): WizardPath[] {
  return wizardTestModel().getShortestPaths({ allowDuplicatePaths: true });
}

/**
 * The events a simple-path walk uses: every sample except nav.goto. With nav.goto (which
 * reaches most states from anywhere) the graph is nearly complete and its simple paths grow
 * factorially (about 139,000 with one payload per answer, a minute to enumerate). nav.goto is
 * covered by the shortest paths and by the transition-table test instead.
 */
export const SIMPLE_PATH_EVENTS: readonly PlanningEvent[] = SAMPLE_EVENTS.filter(
  (e) => e.type !== 'nav.goto',
);

/** Every simple path (no state twice) to every reachable state over SIMPLE_PATH_EVENTS. */
export function wizardSimplePaths(events: readonly PlanningEvent[] = SIMPLE_PATH_EVENTS): WizardPath[] {
  return wizardTestModel(events).getSimplePaths({ allowDuplicatePaths: true });
}
