import { and, assertEvent, assign, setup } from 'xstate';
import { isValidAnswer, withAnswer, type AnswerEvent } from './answer-events.ts';
import { completeAnswers, type PartialAnswers } from '../src/domain/answers.ts';
import { PracticeEthicsMarks, PracticeToolPick } from '../src/domain/scenario.ts';
import type { PracticeAttempt } from '../src/engine/practice-score.ts';

/** The states of practice mode, in the order a student meets them. */
export const PRACTICE_STEPS = [
  'chooseScenario',
  'vignette',
  'needs',
  'ageGroup',
  'language',
  'channels',
  'access',
  'pickTools',
  'ethics',
  'feedback',
] as const;
export type PracticeStep = (typeof PRACTICE_STEPS)[number];

export interface PracticeContext {
  /** The scenarios on offer, in list order; "next scenario" follows this order. */
  scenarioIds: readonly string[];
  /** The scenario being practised; undefined while choosing. */
  scenarioId: string | undefined;
  answers: PartialAnswers;
  /** The student's tool pick (catalogue ids). */
  tools: string[];
  /** Ethics rule ids the student raised. */
  ethics: string[];
}

export interface PracticeInput {
  /** The scenarios on offer, e.g. `scenarioIds` from src/domain/scenario.ts. */
  scenarioIds: readonly string[];
  /** Open this scenario at once (the `?mode=practice&scenario=<id>` link); ignored if unknown. */
  scenarioId?: string;
}

/** The answer events are the wizard's, so the same step forms drive both machines. */
export type PracticeEvent =
  | { type: 'practice.choose'; scenarioId: string }
  | { type: 'practice.begin' }
  | AnswerEvent
  | { type: 'nav.back' }
  | { type: 'practice.pickTools'; toolIds: string[] }
  | { type: 'practice.markEthics'; ruleIds: string[] }
  | { type: 'practice.retry' }
  | { type: 'practice.next' }
  | { type: 'practice.exit' };

const emptyAttempt = () => ({ answers: {} as PartialAnswers, tools: [] as string[], ethics: [] as string[] });

/** The case after the current one, or undefined after the last (the guard and the UI share it). */
export const nextScenarioId = (context: PracticeContext): string | undefined => {
  if (context.scenarioId === undefined) return undefined;
  const index = context.scenarioIds.indexOf(context.scenarioId);
  return index >= 0 ? context.scenarioIds[index + 1] : undefined;
};

/**
 * The attempt to score in the feedback state, or undefined while it is incomplete.
 * Feed it to `scorePractice(scenario, attempt)` from src/engine/practice-score.ts.
 */
export function practiceAttempt(context: PracticeContext): PracticeAttempt | undefined {
  const answers = completeAnswers(context.answers);
  if (answers === undefined || context.tools.length === 0) return undefined;
  return { answers, tools: [...context.tools], ethics: [...context.ethics] };
}

/** Every state but the list offers `practice.exit` back to the list. */
const exitToList = { 'practice.exit': { target: 'chooseScenario', actions: 'clearScenario' } } as const;

/**
 * Practice mode: a student answers the wizard's questions for a case scenario, picks up to
 * three tools and raises ethical concerns, then sees feedback against the expert answer.
 * No invoke or after, so xstate/graph can enumerate every path. An invalid payload is
 * ignored (the form shows why); the UI asks `snapshot.can(event)`.
 */
export const practiceMachine = setup({
  types: {
    context: {} as PracticeContext,
    events: {} as PracticeEvent,
    input: {} as PracticeInput,
  },
  guards: {
    /** A scenario is chosen (e.g. from the start link), so the list can be skipped. */
    hasScenario: ({ context }) =>
      context.scenarioId !== undefined && context.scenarioIds.includes(context.scenarioId),
    /** `practice.choose` names one of the scenarios on offer. */
    isKnownScenario: ({ context, event }) =>
      event.type === 'practice.choose' &&
      typeof event.scenarioId === 'string' &&
      context.scenarioIds.includes(event.scenarioId),
    /** An answer event whose payload its question accepts (see isValidAnswer). */
    validAnswer: ({ event }) => isValidAnswer(event),
    /** One to three distinct tool ids (whether they fit the case is for the feedback to say). */
    validToolPick: ({ event }) =>
      event.type === 'practice.pickTools' && PracticeToolPick.safeParse(event.toolIds).success,
    /** Distinct rule ids; raising none is allowed (and scored). */
    validEthicsMarks: ({ event }) =>
      event.type === 'practice.markEthics' && PracticeEthicsMarks.safeParse(event.ruleIds).success,
    /** Every question is answered and tools are picked, so the attempt can be scored. */
    attemptComplete: ({ context }) =>
      completeAnswers(context.answers) !== undefined && context.tools.length > 0,
    /** The current scenario is not the last one on offer. */
    hasNextScenario: ({ context }) => nextScenarioId(context) !== undefined,
  },
  actions: {
    chooseScenario: assign(({ event }) => {
      assertEvent(event, 'practice.choose');
      return { scenarioId: event.scenarioId, ...emptyAttempt() };
    }),
    clearScenario: assign(() => ({ scenarioId: undefined, ...emptyAttempt() })),
    clearAttempt: assign(() => emptyAttempt()),
    goToNextScenario: assign(({ context }) => ({ scenarioId: nextScenarioId(context), ...emptyAttempt() })),
    setAnswer: assign({ answers: ({ context, event }) => withAnswer(context.answers, event) }),
    setTools: assign({
      tools: ({ event }) => {
        assertEvent(event, 'practice.pickTools');
        return [...event.toolIds];
      },
    }),
    setEthics: assign({
      ethics: ({ event }) => {
        assertEvent(event, 'practice.markEthics');
        return [...event.ruleIds];
      },
    }),
  },
}).createMachine({
  id: 'practice',
  context: ({ input }) => ({
    scenarioIds: [...input.scenarioIds],
    scenarioId:
      input.scenarioId !== undefined && input.scenarioIds.includes(input.scenarioId)
        ? input.scenarioId
        : undefined,
    ...emptyAttempt(),
  }),
  initial: 'chooseScenario',
  states: {
    chooseScenario: {
      // Only a valid start link gets past the list without a choice.
      always: { guard: 'hasScenario', target: 'vignette' },
      on: {
        'practice.choose': { guard: 'isKnownScenario', target: 'vignette', actions: 'chooseScenario' },
      },
    },
    vignette: {
      on: {
        'practice.begin': { target: 'needs' },
        'nav.back': { target: 'chooseScenario', actions: 'clearScenario' },
        ...exitToList,
      },
    },
    needs: {
      on: {
        'answer.needs': { guard: 'validAnswer', target: 'ageGroup', actions: 'setAnswer' },
        'nav.back': { target: 'vignette' },
        ...exitToList,
      },
    },
    ageGroup: {
      on: {
        'answer.ageGroup': { guard: 'validAnswer', target: 'language', actions: 'setAnswer' },
        'nav.back': { target: 'needs' },
        ...exitToList,
      },
    },
    language: {
      on: {
        'answer.language': { guard: 'validAnswer', target: 'channels', actions: 'setAnswer' },
        'nav.back': { target: 'ageGroup' },
        ...exitToList,
      },
    },
    channels: {
      on: {
        'answer.channels': { guard: 'validAnswer', target: 'access', actions: 'setAnswer' },
        'nav.back': { target: 'language' },
        ...exitToList,
      },
    },
    access: {
      on: {
        'answer.access': { guard: 'validAnswer', target: 'pickTools', actions: 'setAnswer' },
        'nav.back': { target: 'channels' },
        ...exitToList,
      },
    },
    pickTools: {
      on: {
        'practice.pickTools': { guard: 'validToolPick', target: 'ethics', actions: 'setTools' },
        'nav.back': { target: 'access' },
        ...exitToList,
      },
    },
    ethics: {
      on: {
        'practice.markEthics': {
          guard: and(['validEthicsMarks', 'attemptComplete']),
          target: 'feedback',
          actions: 'setEthics',
        },
        'nav.back': { target: 'pickTools' },
        ...exitToList,
      },
    },
    feedback: {
      // No way back: the expert answer has been shown, so a new try starts from the case.
      on: {
        'practice.retry': { target: 'vignette', actions: 'clearAttempt' },
        'practice.next': [
          { guard: 'hasNextScenario', target: 'vignette', actions: 'goToNextScenario' },
          { target: 'chooseScenario', actions: 'clearScenario' },
        ],
        ...exitToList,
      },
    },
  },
});

/** The step a snapshot shows. */
export const practiceStepOf = (value: unknown): PracticeStep =>
  typeof value === 'string' && (PRACTICE_STEPS as readonly string[]).includes(value)
    ? (value as PracticeStep)
    : 'chooseScenario';
