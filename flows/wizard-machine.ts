import { and, assign, setup } from 'xstate';
import { isValidAnswer, withAnswer, type AnswerEvent } from './answer-events.ts';
import {
  AccessAnswer,
  AgeGroupAnswer,
  ChannelsAnswer,
  LanguageAnswer,
  NeedsAnswer,
  QUESTION_IDS,
  type PartialAnswers,
  type QuestionId,
} from '../src/domain/answers.ts';

/** Where the wizard may be asked to open: a question, the review, or the results. */
export type WizardStep = QuestionId | 'review' | 'results';
export const WIZARD_STEPS: readonly WizardStep[] = [...QUESTION_IDS, 'review', 'results'];

export interface WizardContext {
  answers: PartialAnswers;
  /** True while a question is open from the review: answering returns to the review. */
  editing: boolean;
}

export interface WizardInput {
  answers?: PartialAnswers;
}

export type WizardEvent =
  | AnswerEvent
  | { type: 'nav.back' }
  | { type: 'nav.goto'; step: WizardStep }
  | { type: 'review.edit'; question: QuestionId }
  | { type: 'review.confirm' }
  | { type: 'wizard.restart' };

/** The questions before `step` in the wizard's order. */
const questionsBefore = (step: WizardStep): readonly QuestionId[] => {
  const index = WIZARD_STEPS.indexOf(step);
  return QUESTION_IDS.slice(0, Math.min(index, QUESTION_IDS.length));
};

/** Narrows an untrusted value (storage, history state) to a step id. */
export const isWizardStep = (value: unknown): value is WizardStep =>
  typeof value === 'string' && (WIZARD_STEPS as readonly string[]).includes(value);

/**
 * A step can be shown when every question before it is answered (results: when all are).
 * An unknown step can never be shown.
 */
export function canOpenStep(answers: PartialAnswers, step: WizardStep): boolean {
  return isWizardStep(step) && questionsBefore(step).every((q) => answers[q] !== undefined);
}

/** The first question without an answer, or 'review' when all are answered. */
export function firstOpenStep(answers: PartialAnswers): WizardStep {
  return QUESTION_IDS.find((q) => answers[q] === undefined) ?? 'review';
}

/** Keeps only the answers that pass their schema, so a bad record or link cannot poison the flow. */
export function sanitizeAnswers(raw: PartialAnswers | undefined): PartialAnswers {
  const out: PartialAnswers = {};
  if (!raw) return out;
  const needs = NeedsAnswer.safeParse(raw.needs);
  if (needs.success) out.needs = needs.data;
  const age = AgeGroupAnswer.safeParse(raw.ageGroup);
  if (age.success) out.ageGroup = age.data;
  const language = LanguageAnswer.safeParse(raw.language);
  if (language.success) out.language = language.data;
  const channels = ChannelsAnswer.safeParse(raw.channels);
  if (channels.success) out.channels = channels.data;
  const access = AccessAnswer.safeParse(raw.access);
  if (access.success) out.access = access.data;
  return out;
}

/** The step the wizard opens at for the given answers and requested step. */
export function resumeStep(answers: PartialAnswers, requested: WizardStep | undefined): WizardStep {
  if (requested !== undefined && canOpenStep(answers, requested)) return requested;
  return firstOpenStep(answers);
}

/**
 * The practitioner's questionnaire. States are named after the questions; no invoke or
 * after, so xstate/graph can enumerate every path. The UI asks `snapshot.can(event)` and
 * never re-implements a guard. An invalid payload is ignored (the form shows why).
 */
export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    /** An answer event whose payload its question accepts (see isValidAnswer). */
    validAnswer: ({ event }) => isValidAnswer(event),
    /** A question was opened from the review; answering or going back returns there. */
    isEditing: ({ context }) => context.editing,
    /** Every question is answered, so the review and results may be shown. */
    isComplete: ({ context }) => firstOpenStep(context.answers) === 'review',
    /** `nav.goto` asks for `params.step`, and every question before it is answered. */
    goesTo: ({ context, event }, params: { step: WizardStep }) =>
      event.type === 'nav.goto' && event.step === params.step && canOpenStep(context.answers, params.step),
    /** `review.edit` asks for `params.question`. */
    editsQuestion: ({ event }, params: { question: QuestionId }) =>
      event.type === 'review.edit' && event.question === params.question,
  },
  actions: {
    setAnswer: assign({ answers: ({ context, event }) => withAnswer(context.answers, event) }),
    startEditing: assign({ editing: true }),
    stopEditing: assign({ editing: false }),
    clearAll: assign({ answers: () => ({}), editing: false }),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({ answers: sanitizeAnswers(input?.answers), editing: false }),
  initial: 'needs',
  on: {
    'wizard.restart': { target: '.needs', actions: 'clearAll' },
    // Browser back/forward and resuming: any step whose earlier questions are answered.
    'nav.goto': WIZARD_STEPS.map((step) => ({
      guard: { type: 'goesTo' as const, params: { step } },
      target: `.${step}`,
      actions: 'stopEditing' as const,
    })),
  },
  states: {
    needs: {
      on: {
        'answer.needs': [
          {
            guard: and(['validAnswer', 'isEditing']),
            target: 'review',
            actions: ['setAnswer', 'stopEditing'],
          },
          { guard: 'validAnswer', target: 'ageGroup', actions: 'setAnswer' },
        ],
        'nav.back': { guard: 'isEditing', target: 'review', actions: 'stopEditing' },
      },
    },
    ageGroup: {
      on: {
        'answer.ageGroup': [
          {
            guard: and(['validAnswer', 'isEditing']),
            target: 'review',
            actions: ['setAnswer', 'stopEditing'],
          },
          { guard: 'validAnswer', target: 'language', actions: 'setAnswer' },
        ],
        'nav.back': [{ guard: 'isEditing', target: 'review', actions: 'stopEditing' }, { target: 'needs' }],
      },
    },
    language: {
      on: {
        'answer.language': [
          {
            guard: and(['validAnswer', 'isEditing']),
            target: 'review',
            actions: ['setAnswer', 'stopEditing'],
          },
          { guard: 'validAnswer', target: 'channels', actions: 'setAnswer' },
        ],
        'nav.back': [
          { guard: 'isEditing', target: 'review', actions: 'stopEditing' },
          { target: 'ageGroup' },
        ],
      },
    },
    channels: {
      on: {
        'answer.channels': [
          {
            guard: and(['validAnswer', 'isEditing']),
            target: 'review',
            actions: ['setAnswer', 'stopEditing'],
          },
          { guard: 'validAnswer', target: 'access', actions: 'setAnswer' },
        ],
        'nav.back': [
          { guard: 'isEditing', target: 'review', actions: 'stopEditing' },
          { target: 'language' },
        ],
      },
    },
    access: {
      on: {
        'answer.access': [
          {
            guard: and(['validAnswer', 'isEditing']),
            target: 'review',
            actions: ['setAnswer', 'stopEditing'],
          },
          { guard: 'validAnswer', target: 'review', actions: 'setAnswer' },
        ],
        'nav.back': [
          { guard: 'isEditing', target: 'review', actions: 'stopEditing' },
          { target: 'channels' },
        ],
      },
    },
    review: {
      on: {
        'review.confirm': { guard: 'isComplete', target: 'results' },
        'review.edit': QUESTION_IDS.map((question) => ({
          guard: { type: 'editsQuestion' as const, params: { question } },
          target: question,
          actions: 'startEditing' as const,
        })),
        'nav.back': { target: 'access' },
      },
    },
    results: {
      on: {
        'review.edit': QUESTION_IDS.map((question) => ({
          guard: { type: 'editsQuestion' as const, params: { question } },
          target: question,
          actions: 'startEditing' as const,
        })),
        'nav.back': { target: 'review' },
      },
    },
  },
});

/** The step a snapshot shows. */
export const stepOf = (value: unknown): WizardStep =>
  typeof value === 'string' && (WIZARD_STEPS as readonly string[]).includes(value)
    ? (value as WizardStep)
    : 'needs';

/**
 * A snapshot that resumes at `requested` (from storage, a link or the history entry) when
 * its earlier questions are answered, else at the first open question.
 */
export function resumeSnapshot(answers: PartialAnswers | undefined, requested?: WizardStep) {
  const clean = sanitizeAnswers(answers);
  return wizardMachine.resolveState({
    value: resumeStep(clean, requested),
    context: { answers: clean, editing: false },
  });
}
