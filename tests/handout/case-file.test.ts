import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/domain/catalogue-data.ts';
import { caseFileFor, parseCaseFile, type CaseFileReferences } from '../../src/domain/case-file.ts';
import { ethicsRules } from '../../src/domain/ethics-data.ts';
import { scenarios } from '../../src/domain/scenario-data.ts';

const refs: CaseFileReferences = {
  toolIds: new Set(catalogue.map((t) => t.id)),
  ethicsRuleIds: new Set(ethicsRules.map((r) => r.id)),
  takenCaseIds: new Set(scenarios.map((s) => s.id)),
};
const example = (name: string) =>
  readFileSync(new URL(`../../docs/examples/${name}`, import.meta.url), 'utf8');

describe('a lecturer case file', () => {
  it('reads the full example of docs/teaching.md with every case good', () => {
    const opened = parseCaseFile('case-file.json', example('case-file.json'), refs);
    expect(opened.errors).toEqual([]);
    expect(opened.languages).toEqual(['fi', 'sv', 'en']);
    expect(opened.cases.map((c) => c.id)).toEqual(['debt-letters-unopened', 'grandmother-far-away']);
  });

  it('keeps the good cases of a file with one bad case and names the bad one with its field and reason', () => {
    const opened = parseCaseFile('course.json', example('case-file-with-a-bad-case.json'), refs);
    expect(opened.cases.map((c) => c.id)).toEqual(['debt-letters-unopened', 'grandmother-far-away']);
    expect(opened.errors).toEqual([
      {
        file: 'course.json',
        caseId: 'debt-chatbot',
        caseNumber: 2,
        field: 'expertTools[0].id',
        code: 'unknown-tool',
        value: 'velka-botti',
      },
    ]);
    // Texts in a language the file does not declare are filled from the first declared one.
    expect(opened.languages).toEqual(['fi', 'en']);
    expect(opened.cases[0]!.title.sv).toBe(opened.cases[0]!.title.fi);
  });

  it('names a text missing in a declared language, a wrong value and an unknown field', () => {
    const file = JSON.parse(example('case-file.json')) as { cases: Record<string, unknown>[] };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a hand-edited file is any shape
    const [first, second] = file.cases as [any, any];
    delete first.vignette.sv;
    second.expertAnswers.ageGroup.value = 'toddler';
    second.notes = 'x';
    const opened = parseCaseFile('f.json', JSON.stringify(file), refs);
    expect(opened.cases).toEqual([]);
    expect(opened.errors).toContainEqual({
      file: 'f.json',
      caseId: 'debt-letters-unopened',
      caseNumber: 1,
      field: 'vignette',
      code: 'missing-text',
      value: 'sv',
    });
    expect(opened.errors).toContainEqual(
      expect.objectContaining({
        caseId: 'grandmother-far-away',
        field: 'expertAnswers.ageGroup.value',
        code: 'unknown-value',
        value: 'toddler',
      }),
    );
    expect(opened.errors).toContainEqual(
      expect.objectContaining({
        caseId: 'grandmother-far-away',
        field: '',
        code: 'unknown-field',
        value: 'notes',
      }),
    );
  });

  it('refuses a case whose id a built-in case already has, and whole files that are not case files', () => {
    const builtIn = caseFileFor(scenarios[0]!);
    expect(parseCaseFile('b.json', JSON.stringify(builtIn), refs).errors).toEqual([
      expect.objectContaining({ caseId: scenarios[0]!.id, field: 'id', code: 'id-in-use' }),
    ]);
    expect(parseCaseFile('x.json', '{ nope', refs).errors[0]?.code).toBe('not-json');
    expect(parseCaseFile('x.json', '{"scenarios": []}', refs).errors[0]?.code).toBe('not-a-case-file');
    expect(
      parseCaseFile('x.json', '{"schemaVersion": 2, "languages": ["fi"], "cases": []}', refs).errors[0]?.code,
    ).toBe('schema-version');
    expect(
      parseCaseFile('x.json', '{"schemaVersion": 1, "languages": ["de"], "cases": [{}]}', refs).errors[0]
        ?.code,
    ).toBe('languages');
  });

  it('exports a built-in case as a file that reads back as the same case', () => {
    const scenario = scenarios[1]!;
    const roundTrip = parseCaseFile('e.json', JSON.stringify(caseFileFor(scenario)), {
      ...refs,
      takenCaseIds: new Set(),
    });
    expect(roundTrip.errors).toEqual([]);
    expect(roundTrip.cases).toEqual([scenario]);
  });
});
