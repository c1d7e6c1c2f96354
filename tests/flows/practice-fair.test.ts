/*
 * Fair practice marking: the student is marked only on the tools and prompts that were on
 * their screen. The steps send what they showed; the machine hands it to the scorer.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { practiceMachine } from '../../flows/practice-machine.ts';
import { expertAnswerValues, type Scenario } from '../../src/domain/scenario.ts';
import { scenarios } from '../../src/domain/scenario-data.ts';
import { PRACTICE_MAX_POINTS, PRACTICE_WEIGHTS, scorePractice } from '../../src/engine/practice-score.ts';

const scenario: Scenario = {
  ...scenarios[0]!,
  humanContactFirst: false,
  expertTools: [
    { id: 'tool-a', rationale: { fi: 'a', sv: 'a', en: 'a' } },
    { id: 'tool-b', rationale: { fi: 'b', sv: 'b', en: 'b' } },
  ],
  expertEthics: [
    { id: 'rule-a', rationale: { fi: 'a', sv: 'a', en: 'a' } },
    { id: 'rule-b', rationale: { fi: 'b', sv: 'b', en: 'b' } },
  ],
};
const answers = expertAnswerValues(scenario.expertAnswers);

describe('scorePractice: only what was on screen counts', () => {
  it('without screen lists, marks against every expert choice (as before)', () => {
    const feedback = scorePractice(scenario, { answers, tools: ['tool-a'], ethics: ['rule-a'] });
    expect(feedback.tools.missed).toEqual(['tool-b']);
    expect(feedback.ethics.missed).toEqual(['rule-b']);
    expect(feedback.tools.notOffered).toEqual([]);
    expect(feedback.ethics.notShown).toEqual([]);
    expect(feedback.score.percent).toBeLessThan(100);
  });

  it('leaves out expert tools and prompts the student never saw, and says which', () => {
    const feedback = scorePractice(scenario, {
      answers,
      tools: ['tool-a'],
      ethics: ['rule-a'],
      offeredTools: ['tool-a', 'tool-c'],
      shownEthics: ['rule-a', 'rule-c'],
    });
    expect(feedback.tools).toMatchObject({
      agreed: ['tool-a'],
      missed: [],
      notOffered: ['tool-b'],
      credit: 1,
    });
    expect(feedback.ethics).toMatchObject({
      raised: ['rule-a'],
      missed: [],
      notShown: ['rule-b'],
      credit: 1,
    });
    expect(feedback.score).toEqual({ points: PRACTICE_MAX_POINTS, max: PRACTICE_MAX_POINTS, percent: 100 });
  });

  it('still marks a shown expert prompt the student did not raise', () => {
    const feedback = scorePractice(scenario, {
      answers,
      tools: ['tool-a'],
      ethics: [],
      offeredTools: ['tool-a'],
      shownEthics: ['rule-a'],
    });
    expect(feedback.ethics.missed).toEqual(['rule-a']);
    expect(feedback.ethics.points).toBe(0);
  });

  it('does not score the tools at all when none of the expert tools was on the list', () => {
    const feedback = scorePractice(scenario, {
      answers,
      tools: ['tool-c'],
      ethics: ['rule-a', 'rule-b'],
      offeredTools: ['tool-c'],
      shownEthics: ['rule-a', 'rule-b'],
    });
    expect(feedback.tools.max).toBe(0);
    expect(feedback.tools.notOffered).toEqual(['tool-a', 'tool-b']);
    expect(feedback.score.max).toBe(PRACTICE_MAX_POINTS - PRACTICE_WEIGHTS.tools);
    expect(feedback.score.percent).toBe(100);
  });
});

describe('practice machine: the steps say what was on screen', () => {
  it('passes the offered tools and shown prompts to the scorer', () => {
    const actor = createActor(practiceMachine, {
      input: { scenarios: [scenario], scenarioId: scenario.id },
    }).start();
    actor.send({ type: 'practice.begin' });
    actor.send({ type: 'answer.needs', needs: answers.needs });
    const { ageGroup, language, access } = answers;
    actor.send({ type: 'answer.client', ageGroup, language, access });
    actor.send({ type: 'answer.channels', channels: answers.channels });
    expect(actor.getSnapshot().value).toBe('pickTools');
    actor.send({ type: 'practice.pickTools', toolIds: ['tool-a'], offered: ['tool-a'] });
    actor.send({ type: 'practice.markEthics', ruleIds: ['rule-a'], shown: ['rule-a'] });
    const feedback = actor.getSnapshot().context.feedback;
    expect(feedback?.tools.notOffered).toEqual(['tool-b']);
    expect(feedback?.ethics.notShown).toEqual(['rule-b']);
    expect(feedback?.score.percent).toBe(100);
  });

  it('refuses a screen list that is not a list of ids', () => {
    const actor = createActor(practiceMachine, {
      input: { scenarios: [scenario], scenarioId: scenario.id },
    }).start();
    actor.send({ type: 'practice.begin' });
    for (const event of [
      { type: 'answer.needs', needs: answers.needs },
      {
        type: 'answer.client',
        ageGroup: answers.ageGroup,
        language: answers.language,
        access: answers.access,
      },
      { type: 'answer.channels', channels: answers.channels },
    ] as const)
      actor.send(event);
    actor.send({ type: 'practice.pickTools', toolIds: ['tool-a'], offered: 'tool-a' as unknown as string[] });
    expect(actor.getSnapshot().value).toBe('pickTools');
  });
});
