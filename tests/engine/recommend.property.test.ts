import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELAXATION_ORDER, recommend, type Recommendation } from '../../src/engine/recommend.ts';
import { NEED_IDS, type NeedId } from '../../src/domain/taxonomy.ts';
import type { Answers } from '../../src/domain/answers.ts';
import type { Tool } from '../../src/domain/catalogue.ts';
import {
  COMPARED_FIELDS,
  answersArb,
  catalogueArb,
  makeTool,
  toolShapeArb,
} from './fixtures/synthetic-catalogue.ts';

const RUNS = { numRuns: 1000 };
// 1,000 runs each take a few seconds; allow for a busy machine.
const TIMEOUT = { timeout: 60_000 };

const serves = (tool: Tool, needs: readonly NeedId[]) => tool.needs.some((n) => needs.includes(n));

const fitsStrictly = (tool: Tool, a: Answers) =>
  serves(tool, a.needs) &&
  tool.ageGroups.includes(a.ageGroup) &&
  (tool.languages.includes(a.language) || tool.languages.includes('mul')) &&
  (a.channels === 'any' || tool.channels.some((c) => a.channels.includes(c)));

describe('recommend: properties', TIMEOUT, () => {
  it('is deterministic, independent of catalogue order, and does not mutate its inputs', () => {
    fc.assert(
      fc.property(answersArb, catalogueArb(), (answers, catalogue) => {
        const before = structuredClone({ answers, catalogue });
        const first = recommend(answers, catalogue);
        expect({ answers, catalogue }).toEqual(before);
        expect(recommend(structuredClone(answers), structuredClone(catalogue))).toEqual(first);
        expect(recommend(answers, [...catalogue].reverse())).toEqual(first);
      }),
      RUNS,
    );
  });

  it('returns exactly the tools serving a selected need, once each', () => {
    fc.assert(
      fc.property(answersArb, catalogueArb(), (answers, catalogue) => {
        const { items } = recommend(answers, catalogue);
        const expected = catalogue.filter((t) => serves(t, answers.needs)).map((t) => t.id);
        expect(items.map((i) => i.toolId).sort()).toEqual([...expected].sort());
        const byId = new Map(catalogue.map((t) => [t.id, t]));
        for (const item of items) {
          const tool = byId.get(item.toolId)!;
          expect(item.matchedNeeds.length).toBeGreaterThan(0);
          expect(item.matchedNeeds).toEqual(answers.needs.filter((n) => tool.needs.includes(n)));
          expect(item.group).toBe(
            tool.audience.every((a) => a === 'professional') ? 'professional' : 'client',
          );
        }
      }),
      RUNS,
    );
  });

  it('gives integer scores within 0..100; tools within reach first, each part in non-increasing score order', () => {
    fc.assert(
      fc.property(answersArb, catalogueArb(), (answers, catalogue) => {
        const { items } = recommend(answers, catalogue);
        items.forEach((item, i) => {
          expect(Number.isInteger(item.score)).toBe(true);
          expect(item.score).toBeGreaterThanOrEqual(0);
          expect(item.score).toBeLessThanOrEqual(100);
          const prev = items[i - 1];
          if (prev && prev.withinReach === item.withinReach)
            expect(prev.score).toBeGreaterThanOrEqual(item.score);
          if (prev) expect(prev.withinReach || !item.withinReach).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('breaks ties by tool id: identical tools are listed in id order', () => {
    fc.assert(
      fc.property(
        answersArb,
        toolShapeArb,
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,4}$/), { minLength: 2, maxLength: 6 }),
        (answers, shape, ids) => {
          const tools = ids.map((id) => makeTool({ ...shape, id, needs: [answers.needs[0]!] }));
          expect(recommend(answers, tools).items.map((i) => i.toolId)).toEqual([...ids].sort());
        },
      ),
      RUNS,
    );
  });

  it('only a client without digital access has tools out of reach: those needing an own device or an account', () => {
    fc.assert(
      fc.property(answersArb, catalogueArb(), (answers, catalogue) => {
        const byId = new Map(catalogue.map((t) => [t.id, t]));
        for (const item of recommend(answers, catalogue).items) {
          const req = byId.get(item.toolId)!.requires;
          const ownDevice = req.device !== 'none' && req.device !== 'special-device';
          expect(item.withinReach).toBe(answers.access !== 'no-access' || (!ownDevice && !req.account));
        }
      }),
      RUNS,
    );
  });

  it('counts strict fits, and relaxes (a prefix of RELAXATION_ORDER) exactly when none fits and some tool serves a need', () => {
    fc.assert(
      fc.property(answersArb, catalogueArb(), (answers, catalogue) => {
        const result = recommend(answers, catalogue);
        expect(result.strictMatchCount).toBe(catalogue.filter((t) => fitsStrictly(t, answers)).length);
        const shouldRelax = result.strictMatchCount === 0 && result.items.length > 0;
        expect(result.relaxed.length > 0).toBe(shouldRelax);
        expect(result.relaxed).toEqual(RELAXATION_ORDER.slice(0, result.relaxed.length));
      }),
      RUNS,
    );
  });

  it('relaxes no more than needed: after relaxing, some tool fits; with one answer fewer relaxed, none would', () => {
    const fitsAfter = (tool: Tool, a: Answers, relaxed: readonly string[]) =>
      serves(tool, a.needs) &&
      (relaxed.includes('ageGroup') || tool.ageGroups.includes(a.ageGroup)) &&
      (relaxed.includes('language') ||
        tool.languages.includes(a.language) ||
        tool.languages.includes('mul')) &&
      (relaxed.includes('channels') ||
        a.channels === 'any' ||
        tool.channels.some((c) => a.channels.includes(c)));
    fc.assert(
      fc.property(answersArb, catalogueArb(), (answers, catalogue) => {
        const { relaxed } = recommend(answers, catalogue);
        if (relaxed.length === 0) return;
        expect(catalogue.some((t) => fitsAfter(t, answers, relaxed))).toBe(true);
        expect(catalogue.some((t) => fitsAfter(t, answers, relaxed.slice(0, -1)))).toBe(false);
      }),
      RUNS,
    );
  });

  it('never removes a tool matched by the other needs when a need is added', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...NEED_IDS), catalogueArb(), (answers, extra, catalogue) => {
        const before = new Set(recommend(answers, catalogue).items.map((i) => i.toolId));
        const more = {
          ...answers,
          needs: answers.needs.includes(extra) ? answers.needs : [...answers.needs, extra],
        };
        const after = new Set(recommend(more, catalogue).items.map((i) => i.toolId));
        for (const id of before) expect(after.has(id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('keeps byNeed consistent with items: per selected need, the serving tools in rank order', () => {
    fc.assert(
      fc.property(answersArb, catalogueArb(), (answers, catalogue) => {
        const { items, byNeed } = recommend(answers, catalogue);
        expect(Object.keys(byNeed).sort()).toEqual([...answers.needs].sort());
        for (const need of answers.needs) {
          expect(byNeed[need]).toEqual(
            items.filter((i) => i.matchedNeeds.includes(need)).map((i) => i.toolId),
          );
        }
      }),
      RUNS,
    );
  });

  it('scores a tool serving more of the selected needs higher than the same tool serving fewer', () => {
    fc.assert(
      fc.property(answersArb, toolShapeArb, (answers, shape) => {
        fc.pre(answers.needs.length >= 2);
        const [first, ...others] = answers.needs as [NeedId, ...NeedId[]];
        const fewer = makeTool({ ...shape, id: 'fewer', needs: [first] });
        const more = makeTool({ ...shape, id: 'more', needs: [first, ...others.slice(0, 1)] });
        const { items } = recommend(answers, [fewer, more]);
        expect(items.map((i) => i.toolId)).toEqual(['more', 'fewer']);
        expect(items[0]!.score).toBeGreaterThan(items[1]!.score);
      }),
      RUNS,
    );
  });

  it('a guess never costs as much as a stated mismatch, and never earns as much as a stated match', () => {
    fc.assert(
      fc.property(answersArb, toolShapeArb, fc.constantFrom(...COMPARED_FIELDS), (answers, shape, field) => {
        const needs = [answers.needs[0]!, ...shape.needs];
        const stated = makeTool({
          ...shape,
          needs,
          id: 'a',
          inferred: shape.inferred.filter((f) => f !== field),
        });
        const guessed = makeTool({ ...shape, needs, id: 'a', inferred: [...stated.inferred, field] });
        const fact = recommend(answers, [stated]).items[0]!;
        const guess = recommend(answers, [guessed]).items[0]!;
        const said = (item: Recommendation) => [...item.reasons, ...item.caveats].map((r) => r.code);
        const dimension = { needs: 'need.', ageGroups: 'age.', languages: 'language.', channels: 'channel.' }[
          field as string
        ];
        const matched = fact.reasons.some((r) => dimension !== undefined && r.code.startsWith(dimension));
        if (matched) expect(guess.score).toBeLessThanOrEqual(fact.score);
        else expect(guess.score).toBeGreaterThanOrEqual(fact.score);
        // What the card says of a guessed field is never a plain fact.
        if (dimension !== undefined && !(field === 'channels' && answers.channels === 'any')) {
          const factCodes = said(guess).filter(
            (code) =>
              code.startsWith(dimension) && !code.endsWith('.likely') && !code.endsWith('.unconfirmed'),
          );
          expect(factCodes).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('puts each mismatch in caveats and each match in reasons, never both', () => {
    fc.assert(
      fc.property(answersArb, catalogueArb(), (answers, catalogue) => {
        for (const item of recommend(answers, catalogue).items) {
          const positive = item.reasons.map((r) => r.code.split('.')[0]);
          const negative = item.caveats.map((r) => r.code.split('.')[0]);
          for (const dimension of ['age', 'language', 'channel'] as const) {
            expect(positive.includes(dimension)).not.toBe(negative.includes(dimension));
          }
          expect(item.reasons.filter((r) => r.code.startsWith('need.'))).toHaveLength(
            item.matchedNeeds.length,
          );
        }
      }),
      RUNS,
    );
  });
});
