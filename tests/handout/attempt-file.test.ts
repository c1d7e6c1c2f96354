import { describe, expect, it } from 'vitest';
import {
  AttemptFile,
  buildAttemptFile,
  parseAttemptFile,
  summarizeAttempts,
} from '../../src/domain/attempt-file.ts';
import { expertAnswerValues } from '../../src/domain/scenario.ts';
import { scenarios } from '../../src/domain/scenario-data.ts';
import { scorePractice } from '../../src/engine/practice-score.ts';

// A case where the expert lists two or more methods and no human contact first.
const scenario = scenarios.find((s) => !s.humanContactFirst && s.expertTools.length > 1)!;
const expert = expertAnswerValues(scenario.expertAnswers);
const expertTools = scenario.expertTools.map((t) => t.id);
const expertEthics = scenario.expertEthics.map((r) => r.id);
const day = new Date('2026-12-03T10:00:00Z');

const attempt = (tools: string[], ethics: string[]) =>
  buildAttemptFile(scorePractice(scenario, { answers: expert, tools, ethics }), day);

describe('an attempt file', () => {
  it('holds the case id, answers, picks, marks, matches, score and the day, and nothing else', () => {
    const file = attempt(expertTools.slice(0, 1), expertEthics.slice(0, 1));
    expect(Object.keys(file).sort()).toEqual(
      [
        'answers',
        'caseId',
        'date',
        'kind',
        'marks',
        'matches',
        'missed',
        'picks',
        'schemaVersion',
        'score',
      ].sort(),
    );
    expect(file.caseId).toBe(scenario.id);
    expect(file.date).toBe('2026-12-03');
    expect(file.answers).toEqual(expert);
    expect(file.picks).toEqual(expertTools.slice(0, 1));
    expect(file.missed.tools).toEqual(expertTools.slice(1));
    expect(file.missed.prompts).toEqual(expertEthics.slice(1));
    // No string in it is longer than an id or a date: there is no free text.
    const strings = JSON.stringify(file).match(/"[^"]*"/g) ?? [];
    expect(Math.max(...strings.map((s) => s.length))).toBeLessThan(50);
  });

  it('reads back what it wrote, and refuses other files', () => {
    const file = attempt(expertTools, expertEthics);
    expect(parseAttemptFile(JSON.stringify(file))).toEqual({ ok: true, attempt: file });
    expect(parseAttemptFile('nope')).toEqual({ ok: false, problem: 'not-json' });
    expect(parseAttemptFile('{"kind":"case-file"}')).toEqual({ ok: false, problem: 'not-an-attempt' });
    const broken = { ...file, score: { ...file.score, percent: 140 } };
    expect(parseAttemptFile(JSON.stringify(broken))).toMatchObject({
      ok: false,
      problem: 'invalid',
      field: 'score.percent',
    });
    expect(AttemptFile.safeParse({ ...file, note: 'free text' }).success).toBe(false);
  });
});

describe('the class summary', () => {
  it('gives per case the score distribution and the most missed methods and prompts', () => {
    const perfect = attempt(expertTools, expertEthics);
    const noEthics = attempt(expertTools, []);
    const oneTool = attempt(expertTools.slice(0, 1), []);
    const [summary] = summarizeAttempts([perfect, noEthics, oneTool]);
    expect(summary).toBeDefined();
    expect(summary!.caseId).toBe(scenario.id);
    expect(summary!.attempts).toBe(3);
    expect(summary!.highest).toBe(100);
    expect(summary!.lowest).toBe(oneTool.score.percent);
    expect(summary!.median).toBe(noEthics.score.percent);
    expect(summary!.bands.low + summary!.bands.mid + summary!.bands.high).toBe(3);
    expect(summary!.bands.high).toBeGreaterThanOrEqual(1);
    // Every expert rule was missed by the two attempts that raised none.
    expect(summary!.missedPrompts).toEqual(
      expertEthics.map((id) => ({ id, count: 2 })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(summary!.missedTools[0]).toEqual({ id: expertTools[1], count: 1 });
  });
});
