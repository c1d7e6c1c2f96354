import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend.ts';
import { catalogue } from '../../src/domain/catalogue-data.ts';
import { STATUS_STATES, isRankable, type Tool } from '../../src/domain/catalogue.ts';
import { answersArb, catalogueArb } from './fixtures/synthetic-catalogue.ts';

const RUNS = { numRuns: 1000 };
const TIMEOUT = { timeout: 60_000 };

const outOfService = (tools: readonly Tool[]) =>
  new Set(tools.filter((t) => !isRankable(t)).map((t) => t.id));

describe('recommend: discontinued and replaced services are history, never a recommendation', TIMEOUT, () => {
  it('the bundled catalogue holds such entries, so the property below is not empty', () => {
    expect(outOfService(catalogue).size).toBeGreaterThan(0);
  });

  it('no discontinued or replaced entry of the bundled catalogue is ranked, whatever the answers', () => {
    const excluded = outOfService(catalogue);
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = recommend(answers, catalogue);
        for (const item of result.items) expect(excluded.has(item.toolId), item.toolId).toBe(false);
        for (const ids of Object.values(result.byNeed))
          for (const id of ids ?? []) expect(excluded.has(id), id).toBe(false);
      }),
      RUNS,
    );
  });

  it('on any catalogue, only active and unverified entries are ranked', () => {
    const withStatus = catalogueArb().chain((tools) =>
      fc
        .array(fc.constantFrom(...STATUS_STATES), { minLength: tools.length, maxLength: tools.length })
        .map((states) =>
          tools.map((tool, i) => ({ ...tool, status: { ...tool.status, state: states[i]! } }) as Tool),
        ),
    );
    fc.assert(
      fc.property(answersArb, withStatus, (answers, tools) => {
        const excluded = outOfService(tools);
        const ranked = recommend(answers, tools).items.map((i) => i.toolId);
        expect(ranked.filter((id) => excluded.has(id))).toEqual([]);
        // Everything else that serves a selected need is still there.
        const expected = tools
          .filter((t) => isRankable(t) && t.needs.some((n) => answers.needs.includes(n)))
          .map((t) => t.id)
          .sort();
        expect([...ranked].sort()).toEqual(expected);
      }),
      RUNS,
    );
  });
});
