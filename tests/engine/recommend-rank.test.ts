import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankOrder, rankOrderBySort } from '../../src/engine/recommend-rank.ts';

interface Entry {
  score: number;
  id: string;
}

/** An independent statement of the rank order: score descending, id ascending, then position. */
const reference = (entries: readonly Entry[]) =>
  entries
    .map((e, position) => ({ ...e, position }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.position - b.position)
    .map((e) => e.position);

const rank = (entries: readonly Entry[]) =>
  rankOrder(
    entries.map((e) => e.score),
    entries.map((e) => e.id),
  );

// Ids that often share long prefixes and differ only late, so the string tie-break is exercised.
const kebabId = fc
  .array(fc.constantFrom('a', 'ab', 'abc', 'separation', 'chat', 'x1', '0', 'z'), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => parts.join('-'));
const anyId = fc.oneof(
  { arbitrary: kebabId, weight: 5 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
);
const anyScore = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 100 }), weight: 9 },
  { arbitrary: fc.double({ noNaN: true }), weight: 1 },
);

describe('rankOrder', () => {
  it('orders like a sort by score descending, then id, then position, for any ids and scores', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ score: anyScore, id: anyId }), { maxLength: 300 }), (entries) => {
        const before = structuredClone(entries);
        const expected = reference(entries);
        expect(rank(entries)).toEqual(expected);
        expect(
          rankOrderBySort(
            entries.map((e) => e.score),
            entries.map((e) => e.id),
          ),
        ).toEqual(expected);
        expect(entries).toEqual(before);
      }),
      { numRuns: 1000 },
    );
  });

  it('uses the packed keys correctly on long lists of kebab-case ids, duplicates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 100 }), id: kebabId }), {
          minLength: 500,
          maxLength: 3000,
        }),
        (entries) => {
          expect(rank(entries)).toEqual(reference(entries));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('puts a shorter id before a longer one that starts with it, and hyphens and digits before letters', () => {
    const ids = ['abc', 'abc-d', 'ab', 'a-b', 'a0', 'aa', 'abcdefghij', 'abcdefghi', 'b'];
    const order = rank(ids.map((id) => ({ score: 50, id })));
    expect(order.map((i) => ids[i])).toEqual([...ids].sort());
  });

  it('handles empty and single-entry lists', () => {
    expect(rank([])).toEqual([]);
    expect(rank([{ score: 3, id: 'a' }])).toEqual([0]);
  });
});
