import { QUESTION_IDS, type Answers, type QuestionId } from '../domain/answers.ts';
import {
  expertAnswerValues,
  MAX_PRACTICE_TOOLS,
  NO_DIGITAL_TOOL,
  type PracticeProgress,
  type Scenario,
} from '../domain/scenario.ts';
import { ACCESS_IDS, AGE_GROUP_IDS, CHANNEL_IDS } from '../domain/taxonomy.ts';

/**
 * Points per part of a practice answer; they add up to 100 so that points read as percent.
 * See docs/decisions/0004-practice-scoring.md for why these weights.
 */
export const PRACTICE_WEIGHTS = {
  needs: 15,
  ageGroup: 5,
  language: 10,
  channels: 10,
  access: 10,
  tools: 30,
  ethics: 20,
} as const satisfies Record<QuestionId | 'tools' | 'ethics', number>;

export const PRACTICE_MAX_POINTS = Object.values(PRACTICE_WEIGHTS).reduce((a, b) => a + b, 0);

/** 'exact': full credit; 'partial': some credit; 'different': none. */
export type MatchLevel = 'exact' | 'partial' | 'different';

export type QuestionComparison = {
  [Q in QuestionId]: {
    question: Q;
    student: Answers[Q];
    expert: Answers[Q];
    match: MatchLevel;
    /** Share of the question's weight earned, 0..1. */
    credit: number;
    points: number;
    max: number;
  };
}[QuestionId];

export interface IdComparison {
  points: number;
  max: number;
  credit: number;
}

export interface ToolsComparison extends IdComparison {
  /** Chosen by both, in the expert's order. */
  agreed: string[];
  /** Chosen by the expert only, in the expert's order. */
  missed: string[];
  /** Chosen by the student only, in the student's order. */
  extra: string[];
  /** The expert's tools that were not on the student's list (their answers led elsewhere): not counted. */
  notOffered: string[];
}

export interface EthicsComparison extends IdComparison {
  raised: string[];
  missed: string[];
  extra: string[];
  /** The expert's prompts that were not on the student's screen: not counted. */
  notShown: string[];
}

export interface PracticeAttempt {
  answers: Answers;
  /** Catalogue ids; only the first three distinct ids count. */
  tools: readonly string[];
  /** Ethics rule ids the student raised. */
  ethics: readonly string[];
  /**
   * The tool ids on the student's list (what the wizard recommended for their answers). When
   * given, the expert's tools not among them are left out of the comparison.
   */
  offeredTools?: readonly string[];
  /** The ethics prompt ids on the student's screen; when given, only these are marked. */
  shownEthics?: readonly string[];
}

/** Codes, ids and numbers only: the UI translates and takes the rationales from the scenario. */
export interface PracticeFeedback {
  scenarioId: string;
  /** One entry per wizard question, in the wizard's order. */
  questions: QuestionComparison[];
  tools: ToolsComparison;
  ethics: EthicsComparison;
  /** The right answer includes a non-digital alternative or human contact first. */
  humanContactFirst: boolean;
  score: {
    /** Rounded to one decimal for display; `percent` is computed from the unrounded sum. */
    points: number;
    max: number;
    /** Integer 0..100. */
    percent: number;
  };
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** |A ∩ B| / |A ∪ B|; two empty sets agree fully. */
function jaccard<T>(a: readonly T[], b: readonly T[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  if (setA.size === 0 && setB.size === 0) return 1;
  let both = 0;
  for (const x of setA) if (setB.has(x)) both += 1;
  return both / (setA.size + setB.size - both);
}

/** Credit for an answer on an ordered scale: 1 for the same step, 0.5 for a neighbour. */
function ordinalCredit<T>(scale: readonly T[], student: T, expert: T): number {
  if (student === expert) return 1;
  const s = scale.indexOf(student);
  const e = scale.indexOf(expert);
  return s >= 0 && e >= 0 && Math.abs(s - e) === 1 ? 0.5 : 0;
}

/** 'any' means every channel is fine, so it is compared as the full channel set. */
const channelSet = (channels: Answers['channels']): readonly string[] =>
  channels === 'any' ? CHANNEL_IDS : channels;

const matchOf = (credit: number): MatchLevel =>
  credit >= 1 ? 'exact' : credit <= 0 ? 'different' : 'partial';

/** Credit 0..1 for one question. */
function questionCredit(question: QuestionId, student: Answers, expert: Answers): number {
  switch (question) {
    case 'needs':
      return jaccard(student.needs, expert.needs);
    case 'ageGroup':
      return ordinalCredit(AGE_GROUP_IDS, student.ageGroup, expert.ageGroup);
    case 'language':
      return student.language === expert.language ? 1 : 0;
    case 'channels':
      return jaccard(channelSet(student.channels), channelSet(expert.channels));
    case 'access':
      // 'skipped' is not on the scale: it earns credit only when the expert also skipped.
      return student.access === 'skipped' || expert.access === 'skipped'
        ? Number(student.access === expert.access)
        : ordinalCredit(ACCESS_IDS, student.access, expert.access);
  }
}

function compareQuestion<Q extends QuestionId>(question: Q, student: Answers, expert: Answers) {
  const credit = questionCredit(question, student, expert);
  const max = PRACTICE_WEIGHTS[question];
  return {
    question,
    student: student[question],
    expert: expert[question],
    match: matchOf(credit),
    credit,
    points: credit * max,
    max,
  };
}

function compareIds(student: readonly string[], expert: readonly string[], max: number) {
  const studentSet = new Set(student);
  const expertSet = new Set(expert);
  const credit = jaccard(student, expert);
  return {
    both: expert.filter((id) => studentSet.has(id)),
    missed: expert.filter((id) => !studentSet.has(id)),
    extra: student.filter((id) => !expertSet.has(id)),
    credit,
    points: credit * max,
    max,
  };
}

/**
 * Compares a student's practice attempt with the scenario's expert answer. Pure and
 * deterministic; returns codes, ids and numbers, never prose.
 *
 * Weights (points, sum 100): needs 15, ageGroup 5, language 10, channels 10, access 10,
 * tools 30, ethics 20. Credit per part, 0..1, times its weight:
 * - needs: Jaccard |S ∩ E| / |S ∪ E| of the need ids;
 * - ageGroup: 1 if equal, 0.5 for the neighbouring age group, else 0;
 * - language: 1 if equal, else 0;
 * - channels: Jaccard of the channel ids, 'any' counting as every channel;
 * - access: 1 if equal, 0.5 for the neighbouring level (independent / needs-support /
 *   no-access), 0 otherwise; 'skipped' earns credit only against 'skipped';
 * - tools: Jaccard of the first three distinct tool ids against the expert tools, so a
 *   correct tool never lowers the score and a wrong one costs something; in a
 *   human-contact-first case, "no digital tool now" (NO_DIGITAL_TOOL) alone earns full credit;
 * - ethics: Jaccard of the raised rule ids against the expert rules.
 * Fair marking: only what was on the student's screen counts. With `offeredTools` and
 * `shownEthics`, the expert's tools and prompts that were not shown are left out (listed as
 * notOffered / notShown); when none of the expert's tools was offered, the tools part is not
 * scored at all (its max is 0 and the total's max shrinks by its weight).
 * Match is 'exact' at credit 1, 'different' at 0, 'partial' in between.
 * `score.percent` is round(100 * points / max), an integer 0..100.
 */
export function scorePractice(scenario: Scenario, attempt: PracticeAttempt): PracticeFeedback {
  const expert = expertAnswerValues(scenario.expertAnswers);
  const questions = QUESTION_IDS.map((q) =>
    compareQuestion(q, attempt.answers, expert),
  ) as QuestionComparison[];

  const studentTools = unique(attempt.tools).slice(0, MAX_PRACTICE_TOOLS);
  const offered = attempt.offeredTools && new Set(attempt.offeredTools);
  const shown = attempt.shownEthics && new Set(attempt.shownEthics);
  const allExpertTools = scenario.expertTools.map((t) => t.id);
  const expertToolIds = offered ? allExpertTools.filter((id) => offered.has(id)) : allExpertTools;
  const notOffered = allExpertTools.filter((id) => !expertToolIds.includes(id));
  const allExpertEthics = scenario.expertEthics.map((r) => r.id);
  const expertEthicsIds = shown ? allExpertEthics.filter((id) => shown.has(id)) : allExpertEthics;
  const notShown = allExpertEthics.filter((id) => !expertEthicsIds.includes(id));
  // None of the expert's tools was on the list: the tool pick cannot be judged.
  const toolsUnjudged = allExpertTools.length > 0 && expertToolIds.length === 0;
  // "No digital tool now, human contact first" on its own is a full answer where the case
  // calls for human contact first; the expert's tools are then options for later, not misses.
  const humanFirstAnswer =
    scenario.humanContactFirst && studentTools.length === 1 && studentTools[0] === NO_DIGITAL_TOOL;
  const tools = humanFirstAnswer
    ? {
        both: [NO_DIGITAL_TOOL],
        missed: [],
        extra: [],
        credit: 1,
        points: PRACTICE_WEIGHTS.tools,
        max: PRACTICE_WEIGHTS.tools,
      }
    : toolsUnjudged
      ? { ...compareIds(studentTools, expertToolIds, 0), credit: 0 }
      : compareIds(studentTools, expertToolIds, PRACTICE_WEIGHTS.tools);
  const ethics = compareIds(
    shown ? unique(attempt.ethics).filter((id) => shown.has(id)) : unique(attempt.ethics),
    expertEthicsIds,
    PRACTICE_WEIGHTS.ethics,
  );

  const raw = questions.reduce((sum, q) => sum + q.points, 0) + tools.points + ethics.points;
  const max = PRACTICE_MAX_POINTS - (PRACTICE_WEIGHTS.tools - tools.max);
  const percent = Math.min(100, Math.max(0, Math.round((100 * raw) / max)));

  return {
    scenarioId: scenario.id,
    questions,
    tools: {
      agreed: tools.both,
      missed: tools.missed,
      extra: tools.extra,
      notOffered: humanFirstAnswer ? [] : notOffered,
      credit: tools.credit,
      points: tools.points,
      max: tools.max,
    },
    ethics: {
      raised: ethics.both,
      missed: ethics.missed,
      extra: ethics.extra,
      notShown,
      credit: ethics.credit,
      points: ethics.points,
      max: ethics.max,
    },
    humanContactFirst: scenario.humanContactFirst,
    score: { points: Math.round(raw * 10) / 10, max, percent },
  };
}

/**
 * The progress record after finishing `scenarioId` with `percent`: the scenario is marked
 * completed and its best score kept. Returns a new record; the input is not changed.
 */
export function recordPracticeResult(
  progress: PracticeProgress,
  scenarioId: string,
  percent: number,
): PracticeProgress {
  const clamped = Math.min(100, Math.max(0, Math.round(percent)));
  const previous = progress.best[scenarioId];
  return {
    schemaVersion: 1,
    completed: progress.completed.includes(scenarioId)
      ? [...progress.completed]
      : [...progress.completed, scenarioId],
    best: { ...progress.best, [scenarioId]: previous === undefined ? clamped : Math.max(previous, clamped) },
  };
}
