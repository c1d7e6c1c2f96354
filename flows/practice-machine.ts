import { and, assertEvent, assign, setup } from 'xstate';
import { isValidAnswer, withAnswer, type AnswerEvent } from './answer-events.ts';
import { questionStates } from './question-states.ts';
import { completeAnswers, type PartialAnswers } from '../src/domain/answers.ts';
import type { OpenedCaseFile } from '../src/domain/case-file.ts';
import {
  EMPTY_PRACTICE_PROGRESS,
  PracticeEthicsMarks,
  PracticeToolPick,
  type PracticeProgress,
  type Scenario,
} from '../src/domain/scenario.ts';
import {
  recordPracticeResult,
  scorePractice,
  type PracticeAttempt,
  type PracticeFeedback,
} from '../src/engine/practice-score.ts';

/** The states of practice mode, in the order a student meets them. */
export const PRACTICE_STEPS = [
  'chooseScenario',
  'vignette',
  // The wizard's question steps (STEP_IDS).
  'needs',
  'client',
  'channels',
  'pickTools',
  'ethics',
  'feedback',
] as const;
export type PracticeStep = (typeof PRACTICE_STEPS)[number];

/** What practice mode tells the student about something it did on its own. */
export type PracticeNotice = 'storage-corrupted' | 'unknown-scenario';

export interface PracticeContext {
  /** The scenarios on offer, in list order; "next scenario" follows this order. */
  scenarios: readonly Scenario[];
  scenarioIds: readonly string[];
  /** The scenario being practised; undefined while choosing. */
  scenarioId: string | undefined;
  answers: PartialAnswers;
  /** The student's tool pick (catalogue ids). */
  tools: string[];
  /** Ethics rule ids the student raised. */
  ethics: string[];
  /** The tool ids that were on the student's list when they picked (undefined: not told). */
  offeredTools: string[] | undefined;
  /** The prompt ids that were on the student's screen when they marked (undefined: not told). */
  shownEthics: string[] | undefined;
  /** The attempt scored against the expert answer; set on entering the feedback state. */
  feedback: PracticeFeedback | undefined;
  /** Completed cases and best percents on this device; the provided `recordProgress` keeps it. */
  progress: PracticeProgress;
  notices: PracticeNotice[];
  /** Case files a lecturer opened on the device; their good cases are on offer after the built-in ones. */
  caseFiles: readonly OpenedCaseFile[];
}

export interface PracticeInput {
  /** The scenarios on offer, e.g. `scenarios` from src/domain/scenario.ts. */
  scenarios: readonly Scenario[];
  /** Open this scenario at once (the `?mode=practice&scenario=<id>` link); ignored if unknown. */
  scenarioId?: string | undefined;
  /** The progress read from the device. */
  progress?: PracticeProgress;
  /** The device record could not be read (the student starts fresh, and is told so). */
  progressCorrupted?: boolean;
}

/** The answer events are the wizard's, so the same step forms drive both machines. */
export type PracticeEvent =
  | { type: 'practice.choose'; scenarioId: string }
  | { type: 'practice.begin' }
  | AnswerEvent
  | { type: 'nav.back' }
  /** `offered`: the tool ids on the student's list, so only those are marked. */
  | { type: 'practice.pickTools'; toolIds: string[]; offered?: string[] }
  /** `shown`: the prompt ids on the student's screen, so only those are marked. */
  | { type: 'practice.markEthics'; ruleIds: string[]; shown?: string[] }
  | { type: 'practice.retry' }
  | { type: 'practice.next' }
  | { type: 'practice.exit' }
  | { type: 'notices.dismiss'; kind?: PracticeNotice }
  | { type: 'practice.openCaseFile'; file: OpenedCaseFile }
  | { type: 'practice.removeCaseFile'; file: string };

const emptyAttempt = () => ({
  answers: {} as PartialAnswers,
  tools: [] as string[],
  ethics: [] as string[],
  offeredTools: undefined,
  shownEthics: undefined,
  feedback: undefined,
});

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
  return {
    answers,
    tools: [...context.tools],
    ethics: [...context.ethics],
    ...(context.offeredTools && { offeredTools: [...context.offeredTools] }),
    ...(context.shownEthics && { shownEthics: [...context.shownEthics] }),
  };
}

/** Undefined, or a list of strings (what a step says was on screen). */
const isIdList = (value: unknown): boolean =>
  value === undefined || (Array.isArray(value) && value.every((id) => typeof id === 'string'));

/** Every state but the list offers `practice.exit` back to the list. */
const exitToList = { 'practice.exit': { target: 'chooseScenario', actions: 'clearScenario' } } as const;

/** The cases on offer that came with the app, not from an opened case file. */
export const builtInScenarios = (context: PracticeContext): Scenario[] => {
  const fromFiles = new Set(context.caseFiles.flatMap((f) => f.cases.map((c) => c.id)));
  return context.scenarios.filter((s) => !fromFiles.has(s.id));
};

/** The opened case files after `files` replace them: the built-in cases first, then each file's. */
const withCaseFiles = (context: PracticeContext, files: readonly OpenedCaseFile[]) => {
  const scenarios = [...builtInScenarios(context), ...files.flatMap((f) => f.cases)];
  return { caseFiles: files, scenarios, scenarioIds: scenarios.map((s) => s.id) };
};

/** The scenario being practised, or undefined while choosing. */
export const currentScenario = (context: PracticeContext): Scenario | undefined =>
  context.scenarios.find((s) => s.id === context.scenarioId);

/**
 * Practice mode: a student answers the wizard's questions for a case scenario, picks up to
 * three tools and raises ethical concerns, then sees feedback against the expert answer:
 * scored on entering the feedback state, and kept on the device by the `recordProgress`
 * action the UI provides (`practiceMachine.provide`). No invoke or after, so xstate/graph can enumerate every path. An invalid payload is
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
      event.type === 'practice.pickTools' &&
      PracticeToolPick.safeParse(event.toolIds).success &&
      isIdList(event.offered),
    /** Distinct rule ids; raising none is allowed (and scored). */
    validEthicsMarks: ({ event }) =>
      event.type === 'practice.markEthics' &&
      PracticeEthicsMarks.safeParse(event.ruleIds).success &&
      isIdList(event.shown),
    /** Every question is answered and tools are picked, so the attempt can be scored. */
    attemptComplete: ({ context }) =>
      completeAnswers(context.answers) !== undefined && context.tools.length > 0,
    /** `practice.openCaseFile` carries a checked case file (see parseCaseFile). */
    validCaseFile: ({ event }) =>
      event.type === 'practice.openCaseFile' &&
      typeof event.file === 'object' &&
      event.file !== null &&
      typeof event.file.file === 'string' &&
      Array.isArray(event.file.cases),
    /** `practice.removeCaseFile` names an opened file. */
    isOpenCaseFile: ({ context, event }) =>
      event.type === 'practice.removeCaseFile' && context.caseFiles.some((f) => f.file === event.file),
    /** The current scenario is not the last one on offer. */
    hasNextScenario: ({ context }) => nextScenarioId(context) !== undefined,
  },
  actions: {
    chooseScenario: assign(({ context, event }) => {
      assertEvent(event, 'practice.choose');
      const notices = context.notices.filter((n) => n !== 'unknown-scenario');
      return { scenarioId: event.scenarioId, notices, ...emptyAttempt() };
    }),
    clearScenario: assign(() => ({ scenarioId: undefined, ...emptyAttempt() })),
    clearAttempt: assign(() => emptyAttempt()),
    goToNextScenario: assign(({ context }) => ({ scenarioId: nextScenarioId(context), ...emptyAttempt() })),
    setAnswer: assign({ answers: ({ context, event }) => withAnswer(context.answers, event) }),
    setTools: assign(({ event }) => {
      assertEvent(event, 'practice.pickTools');
      return { tools: [...event.toolIds], offeredTools: event.offered && [...event.offered] };
    }),
    /** Scores the attempt and adds it to the progress (the feedback state's entry). */
    scoreAttempt: assign(({ context }) => {
      const scenario = currentScenario(context);
      const attempt = practiceAttempt(context);
      if (!scenario || !attempt) return {};
      const feedback = scorePractice(scenario, attempt);
      return {
        feedback,
        progress: recordPracticeResult(context.progress, scenario.id, feedback.score.percent),
      };
    }),
    /** Keeps `context.progress` on the device; provided by the UI, a no-op by default. */
    recordProgress: () => {},
    /** A case file read on the device joins the list (replacing an earlier file of the same name). */
    openCaseFile: assign(({ context, event }) => {
      assertEvent(event, 'practice.openCaseFile');
      return withCaseFiles(context, [
        ...context.caseFiles.filter((f) => f.file !== event.file.file),
        event.file,
      ]);
    }),
    removeCaseFile: assign(({ context, event }) => {
      assertEvent(event, 'practice.removeCaseFile');
      return withCaseFiles(
        context,
        context.caseFiles.filter((f) => f.file !== event.file),
      );
    }),
    dismissNotices: assign({
      notices: ({ context, event }) => {
        assertEvent(event, 'notices.dismiss');
        return event.kind === undefined ? [] : context.notices.filter((n) => n !== event.kind);
      },
    }),
    setEthics: assign(({ event }) => {
      assertEvent(event, 'practice.markEthics');
      return { ethics: [...event.ruleIds], shownEthics: event.shown && [...event.shown] };
    }),
  },
}).createMachine({
  id: 'practice',
  context: ({ input }) => {
    const scenarioIds = input.scenarios.map((s) => s.id);
    const known = input.scenarioId !== undefined && scenarioIds.includes(input.scenarioId);
    const notices: PracticeNotice[] = [];
    if (input.progressCorrupted) notices.push('storage-corrupted');
    if (input.scenarioId !== undefined && !known) notices.push('unknown-scenario');
    return {
      scenarios: input.scenarios,
      scenarioIds,
      scenarioId: known ? input.scenarioId : undefined,
      progress: input.progress ?? EMPTY_PRACTICE_PROGRESS,
      notices,
      caseFiles: [],
      ...emptyAttempt(),
    };
  },
  initial: 'chooseScenario',
  on: { 'notices.dismiss': { actions: 'dismissNotices' } },
  states: {
    chooseScenario: {
      // Only a valid start link gets past the list without a choice.
      always: { guard: 'hasScenario', target: 'vignette' },
      on: {
        'practice.choose': { guard: 'isKnownScenario', target: 'vignette', actions: 'chooseScenario' },
        'practice.openCaseFile': { guard: 'validCaseFile', actions: 'openCaseFile' },
        'practice.removeCaseFile': { guard: 'isOpenCaseFile', actions: 'removeCaseFile' },
      },
    },
    vignette: {
      on: {
        'practice.begin': { target: 'needs' },
        'nav.back': { target: 'chooseScenario', actions: 'clearScenario' },
        ...exitToList,
      },
    },
    ...questionStates({
      before: 'vignette',
      after: 'pickTools',
      on: exitToList,
    }),
    pickTools: {
      on: {
        'practice.pickTools': { guard: 'validToolPick', target: 'ethics', actions: 'setTools' },
        'nav.back': { target: 'channels' },
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
      entry: ['scoreAttempt', 'recordProgress'],
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
