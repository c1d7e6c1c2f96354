import { assertEvent, assign, setup } from 'xstate';
import { isValidAnswer, withAnswer, type AnswerEvent } from './answer-events.ts';
import { partitionPlan, servesChosenNeed, type PlanTool } from './plan-rules.ts';
import { questionStates } from './question-states.ts';
import {
  QUESTION_IDS,
  STEP_IDS,
  stepOfQuestion,
  type PartialAnswers,
  type QuestionId,
} from '../src/domain/answers.ts';
import {
  canOpenStep,
  resumeStep,
  sanitizeAnswers,
  WIZARD_STEPS,
  type PlanningNotice,
  type PlanningNoticeKind,
  type SavedPlan,
  type WizardStep,
} from './planning-steps.ts';

/** The plan: tools put in it from the results, and the ethics prompts marked as considered. */
export interface Plan {
  tools: string[];
  considered: string[];
  /**
   * The practitioner's free-text note for the printout. It lives only in this tab: the
   * session's subscriber never writes it to the device or the address.
   */
  note: string;
}

export interface PlanningContext {
  answers: PartialAnswers;
  /** True while a step is open from the results: answering returns to the results. */
  editing: boolean;
  plan: Plan;
  notices: PlanningNotice[];
  /**
   * True while the device record must stay as it is: after a link opened over a saved plan,
   * or a record was set aside, until the practitioner changes something. The session's
   * subscriber writes no record while it is set.
   */
  holdRecord: boolean;
  /** The browser refused to store the record in this session (its notice is given once). */
  storageFailed: boolean;
  /** Counts Start over, so a form still on screen is drawn afresh without its old values. */
  restarts: number;
  /**
   * The catalogue's ids and needs: which tools may be (and stay) in the plan. Undefined until
   * the catalogue is loaded (it comes with the results, off the first screen).
   */
  tools: readonly PlanTool[] | undefined;
}

export interface PlanningInput {
  tools?: readonly PlanTool[] | undefined;
  answers?: PartialAnswers;
  plan?: Omit<Plan, 'note'> & { note?: string };
  notices?: PlanningNotice[];
  holdRecord?: boolean;
}

export type PlanningEvent =
  | AnswerEvent
  | { type: 'nav.back' }
  | { type: 'nav.goto'; step: WizardStep }
  /** Change one answer from the results: its step opens, and answering it returns there. */
  | { type: 'review.edit'; question: QuestionId }
  | { type: 'plan.toggleTool'; toolId: string }
  | { type: 'plan.toggleConsidered'; promptId: string }
  | { type: 'plan.note'; note: string }
  /** Dismisses one kind of notice, or all of them without `kind`. */
  | { type: 'notices.dismiss'; kind?: PlanningNoticeKind }
  /** The catalogue has loaded: the plan keeps only tools that serve a chosen need. */
  | { type: 'catalogue.ready'; tools: readonly PlanTool[] }
  | { type: 'wizard.restart' }
  /** Goes back to the plan saved on the device that a link did not open (its notice's record). */
  | { type: 'session.restoreSaved' }
  /** The subscriber could not write the device record. */
  | { type: 'storage.failed' };

/** The saved plan a link did not open, when its notice is still there. */
const savedPlanOf = (context: PlanningContext): SavedPlan | undefined => {
  const notice = context.notices.find((n) => n.kind === 'saved-plan-kept');
  return notice?.kind === 'saved-plan-kept' ? notice.saved : undefined;
};

const EMPTY_PLAN: Plan = { tools: [], considered: [], note: '' };

/**
 * The plan and notices after `answers` and `tools`: tools that no longer serve a chosen need
 * leave the plan, and a notice says which (added to any earlier one not yet dismissed).
 */
function fitPlan(
  context: PlanningContext,
  answers: PartialAnswers,
  tools: readonly PlanTool[] | undefined,
): Pick<PlanningContext, 'plan' | 'notices'> {
  const { kept, dropped } = partitionPlan(context.plan.tools, answers, tools);
  if (dropped.length === 0) return { plan: context.plan, notices: context.notices };
  const earlier = context.notices.find((n) => n.kind === 'plan-dropped');
  const toolIds = [...new Set([...(earlier?.kind === 'plan-dropped' ? earlier.toolIds : []), ...dropped])];
  return {
    plan: { ...context.plan, tools: kept },
    notices: [...context.notices.filter((n) => n.kind !== 'plan-dropped'), { kind: 'plan-dropped', toolIds }],
  };
}

const toggled = (list: readonly string[], id: string) =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

/** The context a session starts or resumes with: clean answers, and a plan that fits them. */
function initialContext(input: PlanningInput): PlanningContext {
  const answers = sanitizeAnswers(input.answers);
  const plan = input.plan ?? EMPTY_PLAN;
  const { kept } = partitionPlan([...new Set(plan.tools)], answers, input.tools);
  return {
    answers,
    editing: false,
    plan: { tools: kept, considered: [...new Set(plan.considered)], note: plan.note ?? '' },
    notices: [...(input.notices ?? [])],
    holdRecord: input.holdRecord ?? false,
    storageFailed: false,
    restarts: 0,
    tools: input.tools,
  };
}

/**
 * The planning session: the questionnaire, the plan built on its results, and the notices.
 * It is the one owner of the session's data; persistence and the address bar follow its
 * snapshots from outside, in one subscriber (src/ui/planning/planning-session.ts). States are named after the
 * steps; no invoke or after, so xstate/graph can enumerate every path. The UI asks
 * `snapshot.can(event)` and never re-implements a guard. An invalid payload is ignored (the
 * form shows why).
 */
export const planningMachine = setup({
  types: {
    context: {} as PlanningContext,
    events: {} as PlanningEvent,
    input: {} as PlanningInput,
  },
  guards: {
    /** An answer event whose payload its question accepts (see isValidAnswer). */
    validAnswer: ({ event }) => isValidAnswer(event),
    /** A valid answer to a step opened from the results. */
    validEdit: ({ context, event }) => context.editing && isValidAnswer(event),
    /** A step was opened from the results; answering or going back returns there. */
    isEditing: ({ context }) => context.editing,
    /** `nav.goto` asks for `params.step`, and every question before it is answered. */
    goesTo: ({ context, event }, params: { step: WizardStep }) =>
      event.type === 'nav.goto' && event.step === params.step && canOpenStep(context.answers, params.step),
    /** `review.edit` asks for `params.question`. */
    editsQuestion: ({ event }, params: { question: QuestionId }) =>
      event.type === 'review.edit' && event.question === params.question,
    /** The tool can be taken out of the plan, or put in it when it serves a chosen need. */
    canToggleTool: ({ context, event }) =>
      event.type === 'plan.toggleTool' &&
      (context.plan.tools.includes(event.toolId) ||
        servesChosenNeed(
          context.tools?.find((tool) => tool.id === event.toolId),
          context.answers,
        )),
    /** A prompt id to mark or unmark (which prompts are shown is for the ethics rules). */
    /** The saved plan a link did not open resumes at `params.step`. */
    restoresTo: ({ context }, params: { step: WizardStep }) => {
      const saved = savedPlanOf(context);
      return saved !== undefined && resumeStep(sanitizeAnswers(saved.answers), saved.step) === params.step;
    },
    /** The first refusal of storage in this session (later ones add no second notice). */
    firstStorageFailure: ({ context }) => !context.storageFailed,
    isPromptId: ({ event }) =>
      event.type === 'plan.toggleConsidered' && typeof event.promptId === 'string' && event.promptId !== '',
  },
  actions: {
    /**
     * Stores the answer, then drops from the plan every tool that no longer serves a chosen
     * need, and says which in a notice (added to any earlier one not yet dismissed).
     */
    setAnswer: assign(({ context, event }) => {
      const answers = withAnswer(context.answers, event);
      return { answers, holdRecord: false, ...fitPlan(context, answers, context.tools) };
    }),
    /** Back to the saved plan with its chosen tools and marks; the note of this tab stays. */
    restoreSaved: assign(({ context }) => {
      const saved = savedPlanOf(context);
      if (!saved) return {};
      const answers = sanitizeAnswers(saved.answers);
      const { kept } = partitionPlan([...new Set(saved.tools)], answers, context.tools);
      return {
        answers,
        editing: false,
        holdRecord: false,
        plan: { tools: kept, considered: [...new Set(saved.considered)], note: context.plan.note },
        notices: context.notices.filter((n) => n.kind !== 'saved-plan-kept'),
      };
    }),
    noteStorageFailure: assign(({ context }) => ({
      storageFailed: true,
      notices: [
        ...context.notices.filter((n) => n.kind !== 'storage-failed'),
        { kind: 'storage-failed' as const },
      ],
    })),
    setCatalogue: assign(({ context, event }) => {
      assertEvent(event, 'catalogue.ready');
      return { tools: event.tools, ...fitPlan(context, context.answers, event.tools) };
    }),
    startEditing: assign({ editing: true }),
    stopEditing: assign({ editing: false }),
    toggleTool: assign({
      plan: ({ context, event }) => {
        assertEvent(event, 'plan.toggleTool');
        return { ...context.plan, tools: toggled(context.plan.tools, event.toolId) };
      },
      holdRecord: false,
    }),
    toggleConsidered: assign({
      plan: ({ context, event }) => {
        assertEvent(event, 'plan.toggleConsidered');
        return { ...context.plan, considered: toggled(context.plan.considered, event.promptId) };
      },
      holdRecord: false,
    }),
    setNote: assign({
      plan: ({ context, event }) => {
        assertEvent(event, 'plan.note');
        return { ...context.plan, note: String(event.note) };
      },
    }),
    dismissNotices: assign({
      notices: ({ context, event }) => {
        assertEvent(event, 'notices.dismiss');
        return event.kind === undefined ? [] : context.notices.filter((n) => n.kind !== event.kind);
      },
    }),
    /** Start over: answers, plan and notices go in one step. */
    clearAll: assign(({ context }) => ({
      answers: {},
      editing: false,
      plan: EMPTY_PLAN,
      notices: [],
      holdRecord: false,
      storageFailed: false,
      restarts: context.restarts + 1,
    })),
  },
}).createMachine({
  id: 'planning',
  context: ({ input }) => initialContext(input),
  initial: 'needs',
  on: {
    'wizard.restart': { target: '.needs', actions: 'clearAll' },
    'notices.dismiss': { actions: 'dismissNotices' },
    'catalogue.ready': { actions: 'setCatalogue' },
    'plan.note': { actions: 'setNote' },
    'storage.failed': { guard: 'firstStorageFailure', actions: 'noteStorageFailure' },
    'session.restoreSaved': WIZARD_STEPS.map((step) => ({
      guard: { type: 'restoresTo' as const, params: { step } },
      target: `.${step}`,
      actions: 'restoreSaved' as const,
    })),
    // Browser back/forward and resuming: any step whose earlier questions are answered.
    'nav.goto': WIZARD_STEPS.map((step) => ({
      guard: { type: 'goesTo' as const, params: { step } },
      target: `.${step}`,
      actions: 'stopEditing' as const,
    })),
  },
  states: {
    // The last step's answer completes the answers (every earlier step must be answered to
    // open it), so it leads straight to the results.
    ...questionStates({ before: undefined, after: 'results', returnTo: 'results' }),
    results: {
      on: {
        'review.edit': QUESTION_IDS.map((question) => ({
          guard: { type: 'editsQuestion' as const, params: { question } },
          target: stepOfQuestion(question),
          actions: 'startEditing' as const,
        })),
        'nav.back': { target: STEP_IDS[STEP_IDS.length - 1] },
        'plan.toggleTool': { guard: 'canToggleTool', actions: 'toggleTool' },
        'plan.toggleConsidered': { guard: 'isPromptId', actions: 'toggleConsidered' },
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
 * its earlier questions are answered, else at the first open question; `session` gives the
 * catalogue and the plan and notices to resume with (none by default).
 */
export function resumeSnapshot(
  answers: PartialAnswers | undefined,
  requested?: string,
  session: Omit<PlanningInput, 'answers'> = {},
) {
  const context = initialContext({ ...session, answers });
  return planningMachine.resolveState({ value: resumeStep(context.answers, requested), context });
}
