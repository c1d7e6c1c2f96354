import {
  AccessAnswer,
  AgeGroupAnswer,
  ChannelsAnswer,
  LanguageAnswer,
  LEGACY_STEPS,
  NeedsAnswer,
  STEP_IDS,
  STEP_QUESTIONS,
  type PartialAnswers,
  type QuestionId,
  type StepId,
} from '../src/domain/answers.ts';
import type { DroppedValue } from '../src/domain/share-link.ts';

// The planning session's steps and notices, and the pure rules of where it may open: apart
// from the statechart (planning-machine.ts), so that the boot decision and the app shell can
// use them without loading XState, which comes with the planning view.

/**
 * Where the wizard may be asked to open: a question step, or the results (which list every
 * answer with its own "change" button, so no separate review step stands before them).
 */
export type WizardStep = StepId | 'results';
export const WIZARD_STEPS: readonly WizardStep[] = [...STEP_IDS, 'results'];

/** What the practitioner is told, in plain words, about something the app did on its own. */
export type PlanningNotice =
  | { kind: 'link-dropped'; dropped: DroppedValue[] }
  /** The link was too long to read at all: the app opened without its answers. */
  | { kind: 'link-too-long' }
  | { kind: 'storage-corrupted' }
  | { kind: 'storage-outdated' }
  /** The saved record is dated after today (a wrong clock or tampering): set aside, not applied. */
  | { kind: 'storage-future' }
  /** The browser refused to store the record (disabled or full): the plan lives in this tab only. */
  | { kind: 'storage-failed' }
  /**
   * A link opened over a different plan saved on the device: the link's answers are shown,
   * the saved plan is kept untouched (see `holdRecord`) and `session.restoreSaved` goes back to it.
   */
  | { kind: 'saved-plan-kept'; saved: SavedPlan }
  /** Tools left the plan because they no longer serve any chosen need. */
  | { kind: 'plan-dropped'; toolIds: string[] };
export type PlanningNoticeKind = PlanningNotice['kind'];

/** A plan saved on the device that a link did not open: what `session.restoreSaved` brings back. */
export interface SavedPlan {
  answers: PartialAnswers;
  step: WizardStep;
  tools: string[];
  considered: string[];
}

/** The questions the steps before `step` ask (the results: every question). */
const questionsBefore = (step: WizardStep): readonly QuestionId[] =>
  STEP_IDS.slice(0, WIZARD_STEPS.indexOf(step)).flatMap((s) => STEP_QUESTIONS[s]);

/** Narrows an untrusted value (storage, history state) to a step id. */
export const isWizardStep = (value: unknown): value is WizardStep =>
  typeof value === 'string' && (WIZARD_STEPS as readonly string[]).includes(value);

/**
 * The step an untrusted name (a device record, a history entry) opens: a step of today, or
 * a name earlier versions wrote (one question a step, and a review before the results)
 * mapped to the step that asks the same now; undefined for anything else.
 */
export function normalizeStep(value: unknown): WizardStep | undefined {
  if (isWizardStep(value)) return value;
  return typeof value === 'string' && Object.hasOwn(LEGACY_STEPS, value)
    ? LEGACY_STEPS[value as keyof typeof LEGACY_STEPS]
    : undefined;
}

/**
 * A step can be shown when every question before it is answered (results: when all are).
 * An unknown step can never be shown.
 */
export function canOpenStep(answers: PartialAnswers, step: WizardStep): boolean {
  return isWizardStep(step) && questionsBefore(step).every((q) => answers[q] !== undefined);
}

/** The first step with a question not yet answered, or 'results' when all are answered. */
export function firstOpenStep(answers: PartialAnswers): WizardStep {
  return STEP_IDS.find((step) => STEP_QUESTIONS[step].some((q) => answers[q] === undefined)) ?? 'results';
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

/**
 * The step the wizard opens at for the given answers and requested step (a step name of
 * today or of an earlier version, see normalizeStep).
 */
export function resumeStep(answers: PartialAnswers, requested: string | undefined): WizardStep {
  const step = normalizeStep(requested);
  if (step !== undefined && canOpenStep(answers, step)) return step;
  return firstOpenStep(answers);
}
