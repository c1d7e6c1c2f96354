import * as z from 'zod/mini';
import { QUESTION_IDS, type Answers, type QuestionId } from './answers.ts';
import { ExpertAnswers, MAX_PRACTICE_TOOLS } from './scenario.ts';
import { KebabId } from './taxonomy-schemas.ts';
import { compareCodeUnits } from './name-order.ts';

/**
 * What a student hands in after a practice case: ids, codes, numbers and a date, never free
 * text. The lecturer opens several of these on their own device for a class summary.
 * See docs/teaching.md.
 */
export const ATTEMPT_FILE_KIND = 'practice-attempt';

const noDuplicates = <T>(values: readonly T[]) => new Set(values).size === values.length;

const IsoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD date'));
const MatchLevel = z.enum(['exact', 'partial', 'different']);

/** The answer values of the five questions, as in a case's expert answer (without rationales). */
const AttemptAnswers = z.strictObject(
  Object.fromEntries(QUESTION_IDS.map((q) => [q, ExpertAnswers.shape[q].shape.value])) as {
    [Q in QuestionId]: (typeof ExpertAnswers.shape)[Q]['shape']['value'];
  },
);

export const AttemptFile = z.strictObject({
  kind: z.literal(ATTEMPT_FILE_KIND),
  schemaVersion: z.literal(1),
  caseId: KebabId,
  /** The day the attempt was saved, YYYY-MM-DD (no time). */
  date: IsoDay,
  answers: AttemptAnswers,
  /** The methods the student picked (catalogue ids, or "no-digital-tool-now"). */
  picks: z.array(KebabId).check(z.maxLength(MAX_PRACTICE_TOOLS), z.refine(noDuplicates)),
  /** The ethics rules the student raised. */
  marks: z.array(KebabId).check(z.refine(noDuplicates)),
  /** How each question compared with the expert answer. */
  matches: z.strictObject(
    Object.fromEntries(QUESTION_IDS.map((q) => [q, MatchLevel])) as Record<QuestionId, typeof MatchLevel>,
  ),
  /** The expert's methods and rules the student did not pick: what the class summary counts. */
  missed: z.strictObject({ tools: z.array(KebabId), prompts: z.array(KebabId) }),
  score: z.strictObject({
    points: z.number().check(z.gte(0), z.lte(100)),
    max: z.number().check(z.positive()),
    percent: z.int().check(z.gte(0), z.lte(100)),
  }),
});
export type AttemptFile = z.infer<typeof AttemptFile>;

/** The parts of a scored practice attempt the file keeps (the shape of PracticeFeedback). */
export interface ScoredAttempt {
  scenarioId: string;
  questions: readonly {
    question: QuestionId;
    student: Answers[QuestionId];
    match: z.infer<typeof MatchLevel>;
  }[];
  tools: { agreed: readonly string[]; missed: readonly string[]; extra: readonly string[] };
  ethics: { raised: readonly string[]; missed: readonly string[]; extra: readonly string[] };
  score: { points: number; max: number; percent: number };
}

/** Builds the attempt file from the scored attempt (the practice feedback) and the day. Pure. */
export function buildAttemptFile(feedback: ScoredAttempt, day: Date): AttemptFile {
  const answers = Object.fromEntries(feedback.questions.map((q) => [q.question, q.student])) as Answers;
  const matches = Object.fromEntries(feedback.questions.map((q) => [q.question, q.match])) as Record<
    QuestionId,
    z.infer<typeof MatchLevel>
  >;
  return AttemptFile.parse({
    kind: ATTEMPT_FILE_KIND,
    schemaVersion: 1,
    caseId: feedback.scenarioId,
    date: day.toISOString().slice(0, 10),
    answers,
    picks: [...feedback.tools.agreed, ...feedback.tools.extra],
    marks: [...feedback.ethics.raised, ...feedback.ethics.extra],
    matches,
    missed: { tools: [...feedback.tools.missed], prompts: [...feedback.ethics.missed] },
    score: { ...feedback.score },
  });
}

/** The file name a saved attempt gets. */
export const attemptFileName = (attempt: AttemptFile) => `attempt-${attempt.caseId}-${attempt.date}.json`;

export type AttemptFileProblem = 'not-json' | 'not-an-attempt' | 'invalid';

/** Reads one attempt file's text; never throws. */
export function parseAttemptFile(
  text: string,
): { ok: true; attempt: AttemptFile } | { ok: false; problem: AttemptFileProblem; field?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== ATTEMPT_FILE_KIND) {
    return { ok: false, problem: 'not-an-attempt' };
  }
  const parsed = AttemptFile.safeParse(json);
  if (parsed.success) return { ok: true, attempt: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, problem: 'invalid', field: issue ? issue.path.map(String).join('.') : '' };
}

/* ---------- Class summary ---------- */

/** Score bands, as the practice feedback names them (low < 60 <= mid < 85 <= high). */
export const SCORE_BANDS = ['low', 'mid', 'high'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];
export const bandOf = (percent: number): ScoreBand =>
  percent >= 85 ? 'high' : percent >= 60 ? 'mid' : 'low';

export interface CaseSummary {
  caseId: string;
  attempts: number;
  lowest: number;
  median: number;
  highest: number;
  bands: Record<ScoreBand, number>;
  /** Expert methods the students did not pick, most often missed first (ties by id). */
  missedTools: { id: string; count: number }[];
  missedPrompts: { id: string; count: number }[];
}

const countIds = (lists: readonly (readonly string[])[]) => {
  const counts = new Map<string, number>();
  for (const list of lists) for (const id of new Set(list)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || compareCodeUnits(a.id, b.id));
};

const median = (sorted: readonly number[]) => {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

/** Per case (in order of first appearance): the score distribution and the most missed methods and prompts. */
export function summarizeAttempts(attempts: readonly AttemptFile[]): CaseSummary[] {
  const byCase = new Map<string, AttemptFile[]>();
  for (const a of attempts) byCase.set(a.caseId, [...(byCase.get(a.caseId) ?? []), a]);
  return [...byCase].map(([caseId, list]) => {
    const percents = list.map((a) => a.score.percent).sort((a, b) => a - b);
    const bands: Record<ScoreBand, number> = { low: 0, mid: 0, high: 0 };
    for (const p of percents) bands[bandOf(p)] += 1;
    return {
      caseId,
      attempts: list.length,
      lowest: percents[0]!,
      median: median(percents),
      highest: percents.at(-1)!,
      bands,
      missedTools: countIds(list.map((a) => a.missed.tools)),
      missedPrompts: countIds(list.map((a) => a.missed.prompts)),
    };
  });
}
