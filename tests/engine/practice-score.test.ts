import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PRACTICE_MAX_POINTS,
  PRACTICE_WEIGHTS,
  recordPracticeResult,
  scorePractice,
  type PracticeAttempt,
} from '../../src/engine/practice-score.ts';
import {
  EMPTY_PRACTICE_PROGRESS,
  expertAnswerValues,
  NO_DIGITAL_TOOL,
  PracticeProgress,
  Scenario,
  type ScenarioInput,
} from '../../src/domain/scenario.ts';
import { scenarios } from '../../src/domain/scenario-data.ts';
import { QUESTION_IDS, type Answers } from '../../src/domain/answers.ts';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  NEED_IDS,
} from '../../src/domain/taxonomy.ts';

const RUNS = { numRuns: 1000 };

const text = (s: string) => ({ fi: `${s} (fi)`, sv: `${s} (sv)`, en: `${s} (en)` });

const makeScenario = (over: Partial<ScenarioInput> = {}): Scenario =>
  Scenario.parse({
    id: 'fixture-case',
    title: text('Title'),
    vignette: text('Vignette'),
    expertAnswers: {
      needs: { value: ['older-people', 'service-guidance'], rationale: text('needs') },
      ageGroup: { value: 'older-adult', rationale: text('age') },
      language: { value: 'sv', rationale: text('language') },
      channels: { value: ['phone', 'video'], rationale: text('channels') },
      access: { value: 'needs-support', rationale: text('access') },
    },
    expertTools: [
      { id: 'tool-a', rationale: text('a') },
      { id: 'tool-b', rationale: text('b') },
    ],
    expertEthics: [
      { id: 'rule-x', rationale: text('x') },
      { id: 'rule-y', rationale: text('y') },
    ],
    ...over,
  });

const scenario = makeScenario();
const expertAttempt = (s: Scenario = scenario): PracticeAttempt => ({
  answers: expertAnswerValues(s.expertAnswers),
  tools: s.expertTools.map((t) => t.id),
  ethics: s.expertEthics.map((r) => r.id),
});
const withAnswers = (over: Partial<Answers>, base = expertAttempt()): PracticeAttempt => ({
  ...base,
  answers: { ...base.answers, ...over },
});
const percent = (attempt: PracticeAttempt, s: Scenario = scenario) => scorePractice(s, attempt).score.percent;
const question = (attempt: PracticeAttempt, q: (typeof QUESTION_IDS)[number]) =>
  scorePractice(scenario, attempt).questions.find((c) => c.question === q)!;

describe('scorePractice: the expert answer and a wrong answer', () => {
  it('weights add up to 100 points', () => {
    expect(PRACTICE_MAX_POINTS).toBe(100);
  });

  it('gives the expert attempt 100 with every part exact', () => {
    const feedback = scorePractice(scenario, expertAttempt());
    expect(feedback.score).toEqual({ points: 100, max: 100, percent: 100 });
    expect(feedback.questions.map((q) => q.question)).toEqual([...QUESTION_IDS]);
    expect(feedback.questions.every((q) => q.match === 'exact')).toBe(true);
    expect(feedback.tools).toMatchObject({ agreed: ['tool-a', 'tool-b'], missed: [], extra: [] });
    expect(feedback.ethics).toMatchObject({ raised: ['rule-x', 'rule-y'], missed: [], extra: [] });
  });

  it('gives 100 to the expert attempt of every bundled scenario', () => {
    for (const s of scenarios) expect(percent(expertAttempt(s), s), s.id).toBe(100);
  });

  it('gives an empty, wrong attempt a low score and lists what was missed', () => {
    const wrong: PracticeAttempt = {
      answers: { needs: ['youth'], ageGroup: 'child', language: 'ar', channels: ['game'], access: 'skipped' },
      tools: [],
      ethics: [],
    };
    const feedback = scorePractice(scenario, wrong);
    expect(feedback.score.percent).toBe(0);
    expect(feedback.questions.every((q) => q.match === 'different')).toBe(true);
    expect(feedback.tools).toMatchObject({ agreed: [], missed: ['tool-a', 'tool-b'], extra: [] });
    expect(feedback.ethics).toMatchObject({ raised: [], missed: ['rule-x', 'rule-y'], extra: [] });
  });

  it('scores right answers with wrong tools and no ethics below half', () => {
    expect(percent({ ...expertAttempt(), tools: ['other-1', 'other-2', 'other-3'], ethics: [] })).toBe(50);
  });

  it('returns ids and codes only, never the scenario prose', () => {
    const json = JSON.stringify(scorePractice(scenario, expertAttempt()));
    expect(json).not.toMatch(/\((fi|sv|en)\)/);
  });

  it('carries the human-contact-first flag of the scenario', () => {
    expect(scorePractice(scenario, expertAttempt()).humanContactFirst).toBe(false);
    const human = makeScenario({ humanContactFirst: true, humanContactNote: text('meet first') });
    expect(scorePractice(human, expertAttempt(human)).humanContactFirst).toBe(true);
  });
});

describe('scorePractice: partial credit', () => {
  it('gives needs Jaccard credit, rising with overlap', () => {
    const none = question(withAnswers({ needs: ['youth'] }), 'needs');
    const half = question(withAnswers({ needs: ['older-people'] }), 'needs');
    const third = question(withAnswers({ needs: ['older-people', 'youth'] }), 'needs');
    const full = question(withAnswers({ needs: ['service-guidance', 'older-people'] }), 'needs');
    expect([none.match, half.match, third.match, full.match]).toEqual([
      'different',
      'partial',
      'partial',
      'exact',
    ]);
    expect(half.points).toBeCloseTo(PRACTICE_WEIGHTS.needs / 2);
    expect(third.points).toBeCloseTo(PRACTICE_WEIGHTS.needs / 3);
    expect(none.points).toBe(0);
    expect(full.points).toBe(PRACTICE_WEIGHTS.needs);
  });

  it('is monotone: each expert need added to a wrong pick raises the score', () => {
    const steps: Answers['needs'][] = [
      ['youth'],
      ['youth', 'older-people'],
      ['youth', 'older-people', 'service-guidance'],
    ];
    const scores = steps.map((needs) => scorePractice(scenario, withAnswers({ needs })).score.points);
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    expect(scores[2]).toBeGreaterThan(scores[1]!);
  });

  it('gives half credit to the neighbouring age group and access level', () => {
    expect(question(withAnswers({ ageGroup: 'adult' }), 'ageGroup')).toMatchObject({
      match: 'partial',
      credit: 0.5,
    });
    expect(question(withAnswers({ ageGroup: 'young-adult' }), 'ageGroup')).toMatchObject({
      match: 'different',
    });
    expect(question(withAnswers({ access: 'no-access' }), 'access')).toMatchObject({
      match: 'partial',
      credit: 0.5,
    });
    expect(question(withAnswers({ access: 'independent' }), 'access')).toMatchObject({ match: 'partial' });
    expect(question(withAnswers({ access: 'skipped' }), 'access')).toMatchObject({
      match: 'different',
      credit: 0,
    });
  });

  it("counts channels 'any' as every channel", () => {
    const any = question(withAnswers({ channels: 'any' }), 'channels');
    expect(any.match).toBe('partial');
    expect(any.credit).toBeCloseTo(2 / CHANNEL_IDS.length);
    const anyScenario = makeScenario({
      expertAnswers: { ...scenario.expertAnswers, channels: { value: 'any', rationale: text('c') } },
    });
    expect(scorePractice(anyScenario, expertAttempt(anyScenario)).questions[3]).toMatchObject({
      match: 'exact',
    });
    expect(question(withAnswers({ channels: ['phone'] }), 'channels')).toMatchObject({
      match: 'partial',
      credit: 0.5,
    });
  });

  it('gives language credit only for the same language', () => {
    expect(question(withAnswers({ language: 'fi' }), 'language')).toMatchObject({
      match: 'different',
      points: 0,
    });
  });

  it('splits tools into agreed (expert order), missed and extra (student order)', () => {
    const feedback = scorePractice(scenario, { ...expertAttempt(), tools: ['other-1', 'tool-b'] });
    expect(feedback.tools).toMatchObject({ agreed: ['tool-b'], missed: ['tool-a'], extra: ['other-1'] });
    expect(feedback.tools.points).toBeCloseTo(PRACTICE_WEIGHTS.tools / 3);
  });

  it('counts only the first three distinct tools', () => {
    const feedback = scorePractice(scenario, {
      ...expertAttempt(),
      tools: ['other-1', 'other-1', 'other-2', 'other-3', 'tool-a', 'tool-b'],
    });
    expect(feedback.tools).toMatchObject({ agreed: [], extra: ['other-1', 'other-2', 'other-3'] });
  });

  it('splits ethics into raised, missed and extra, and a repeated id counts once', () => {
    const feedback = scorePractice(scenario, { ...expertAttempt(), ethics: ['rule-y', 'rule-y', 'rule-z'] });
    expect(feedback.ethics).toMatchObject({ raised: ['rule-y'], missed: ['rule-x'], extra: ['rule-z'] });
    expect(feedback.ethics.points).toBeCloseTo(PRACTICE_WEIGHTS.ethics / 3);
  });

  it('does not change its inputs', () => {
    const attempt = { ...expertAttempt(), tools: ['tool-b', 'other'] };
    const before = structuredClone({ attempt, scenario });
    scorePractice(scenario, attempt);
    expect({ attempt, scenario }).toEqual(before);
  });
});

describe('scorePractice: properties', () => {
  const answersArb: fc.Arbitrary<Answers> = fc.record({
    needs: fc.uniqueArray(fc.constantFrom(...NEED_IDS), { minLength: 1, maxLength: 5 }),
    ageGroup: fc.constantFrom(...AGE_GROUP_IDS),
    language: fc.constantFrom(...CLIENT_LANGUAGE_IDS),
    channels: fc.oneof(
      fc.constant('any' as const),
      fc.uniqueArray(fc.constantFrom(...CHANNEL_IDS), { minLength: 1 }),
    ),
    access: fc.constantFrom(...ACCESS_IDS, 'skipped' as const),
  });
  const TOOL_POOL = ['tool-a', 'tool-b', 'tool-c', 'tool-d', 'tool-e', 'tool-f'];
  const RULE_POOL = ['rule-a', 'rule-b', 'rule-c', 'rule-d', 'rule-e'];

  const scenarioArb: fc.Arbitrary<Scenario> = fc
    .record({
      answers: answersArb,
      tools: fc.uniqueArray(fc.constantFrom(...TOOL_POOL), { minLength: 1, maxLength: 3 }),
      ethics: fc.uniqueArray(fc.constantFrom(...RULE_POOL), { minLength: 1, maxLength: 4 }),
      human: fc.boolean(),
    })
    .map(({ answers, tools, ethics, human }) =>
      makeScenario({
        expertAnswers: {
          needs: { value: answers.needs, rationale: text('n') },
          ageGroup: { value: answers.ageGroup, rationale: text('a') },
          language: { value: answers.language, rationale: text('l') },
          channels: { value: answers.channels, rationale: text('c') },
          access: { value: answers.access, rationale: text('x') },
        },
        expertTools: tools.map((id) => ({ id, rationale: text(id) })),
        expertEthics: ethics.map((id) => ({ id, rationale: text(id) })),
        ...(human ? { humanContactFirst: true, humanContactNote: text('h') } : {}),
      }),
    );

  const attemptArb: fc.Arbitrary<PracticeAttempt> = fc.record({
    answers: answersArb,
    tools: fc.array(fc.constantFrom(...TOOL_POOL), { maxLength: 4 }),
    ethics: fc.array(fc.constantFrom(...RULE_POOL), { maxLength: 6 }),
  });

  it('keeps percent an integer within 0..100 and points within 0..max', () => {
    fc.assert(
      fc.property(scenarioArb, attemptArb, (s, attempt) => {
        const { score, questions, tools, ethics } = scorePractice(s, attempt);
        expect(Number.isInteger(score.percent)).toBe(true);
        expect(score.percent).toBeGreaterThanOrEqual(0);
        expect(score.percent).toBeLessThanOrEqual(100);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.max);
        for (const part of [...questions, tools, ethics]) {
          expect(part.points).toBeGreaterThanOrEqual(0);
          expect(part.points).toBeLessThanOrEqual(part.max + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic and gives 100 only when every part is exact', () => {
    fc.assert(
      fc.property(scenarioArb, attemptArb, (s, attempt) => {
        const first = scorePractice(s, attempt);
        expect(scorePractice(structuredClone(s), structuredClone(attempt))).toEqual(first);
        expect(percent(expertAttempt(s), s)).toBe(100);
        const allExact =
          first.questions.every((q) => q.match === 'exact') &&
          first.tools.missed.length + first.tools.extra.length === 0 &&
          first.ethics.missed.length + first.ethics.extra.length === 0;
        if (allExact) expect(first.score.percent).toBe(100);
        if (first.score.points === first.score.max) expect(allExact).toBe(true);
      }),
      RUNS,
    );
  });

  it('never lowers the score when a correct tool is added', () => {
    fc.assert(
      fc.property(scenarioArb, attemptArb, fc.nat(), (s, attempt, pick) => {
        const correct = s.expertTools[pick % s.expertTools.length]!.id;
        const before = scorePractice(s, attempt);
        const after = scorePractice(s, { ...attempt, tools: [...attempt.tools, correct] });
        expect(after.score.points).toBeGreaterThanOrEqual(before.score.points);
        expect(after.score.percent).toBeGreaterThanOrEqual(before.score.percent);
        expect(after.tools.points).toBeGreaterThanOrEqual(before.tools.points);
      }),
      RUNS,
    );
  });

  it('never lowers the score when a correct ethics rule is raised', () => {
    fc.assert(
      fc.property(scenarioArb, attemptArb, fc.nat(), (s, attempt, pick) => {
        const correct = s.expertEthics[pick % s.expertEthics.length]!.id;
        const before = scorePractice(s, attempt).score.points;
        const after = scorePractice(s, { ...attempt, ethics: [...attempt.ethics, correct] }).score.points;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('gives more needs credit for more overlap (monotone partial credit)', () => {
    fc.assert(
      fc.property(scenarioArb, attemptArb, fc.nat(), (s, attempt, pick) => {
        const expertNeeds = s.expertAnswers.needs.value;
        const add = expertNeeds[pick % expertNeeds.length]!;
        const needs = attempt.answers.needs.includes(add)
          ? attempt.answers.needs
          : [...attempt.answers.needs, add];
        const before = scorePractice(s, attempt).questions[0]!.points;
        const after = scorePractice(s, { ...attempt, answers: { ...attempt.answers, needs } }).questions[0]!
          .points;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });
});

describe('scorePractice: "no digital tool now, human contact first"', () => {
  const bundled = (id: string) => {
    const found = scenarios.find((x) => x.id === id);
    if (!found) throw new Error(id);
    return found;
  };
  const attempt = (s: Scenario, tools: string[]): PracticeAttempt => ({
    answers: expertAnswerValues(s.expertAnswers),
    tools,
    ethics: s.expertEthics.map((e) => e.id),
  });

  it('earns full credit in a human-contact-first case, with nothing counted as missed', () => {
    const teen = bundled('teen-worried-about-home');
    const feedback = scorePractice(teen, attempt(teen, [NO_DIGITAL_TOOL]));
    expect(feedback.tools).toMatchObject({ agreed: [NO_DIGITAL_TOOL], missed: [], extra: [], credit: 1 });
    expect(feedback.score.percent).toBe(100);
    // A digital tool alone is only part of the answer there.
    expect(scorePractice(teen, attempt(teen, ['apuu-chat'])).tools.credit).toBe(0.5);
  });

  it('is an extra, not a full answer, where the case does not call for human contact first', () => {
    const payday = bundled('payday-loans-young-adult');
    expect(payday.humanContactFirst).toBe(false);
    const feedback = scorePractice(payday, attempt(payday, [NO_DIGITAL_TOOL]));
    expect(feedback.tools.credit).toBe(0);
    expect(feedback.tools.extra).toEqual([NO_DIGITAL_TOOL]);
  });
});

describe('recordPracticeResult', () => {
  it('marks the scenario completed and keeps the best score', () => {
    const one = recordPracticeResult(EMPTY_PRACTICE_PROGRESS, 'case-a', 40);
    const two = recordPracticeResult(one, 'case-a', 25);
    const three = recordPracticeResult(two, 'case-b', 90);
    expect(EMPTY_PRACTICE_PROGRESS).toEqual({ schemaVersion: 1, completed: [], best: {} });
    expect(two).toEqual({ schemaVersion: 1, completed: ['case-a'], best: { 'case-a': 40 } });
    expect(three).toEqual({
      schemaVersion: 1,
      completed: ['case-a', 'case-b'],
      best: { 'case-a': 40, 'case-b': 90 },
    });
    expect(PracticeProgress.safeParse(three).success).toBe(true);
  });
});
