import type { Reason, Recommendation } from '../../engine/recommend.ts';

/**
 * The score as a band a practitioner can read: the two-digit number suggested a precision the
 * weights do not have. The bands follow the engine's weights (docs/decisions/0002): "very good"
 * meets every answer or nearly so, "good" misses one preference, "partial" misses more.
 */
export type FitBand = 'veryGood' | 'good' | 'partial' | 'weak';

export function fitBand(score: number): FitBand {
  if (score >= 90) return 'veryGood';
  if (score >= 75) return 'good';
  if (score >= 50) return 'partial';
  return 'weak';
}

/** Runs of equal score, in the engine's order: each run is one group of equally suitable tools. */
export function scoreTiers(items: readonly Recommendation[]): Recommendation[][] {
  const tiers: Recommendation[][] = [];
  for (const item of items) {
    const last = tiers.at(-1);
    if (last && last[0]!.score === item.score) last.push(item);
    else tiers.push([item]);
  }
  return tiers;
}

const reasonKey = (reason: Reason) => JSON.stringify(reason);

/**
 * The reasons and caveats every listed tool has: said once above the list, left off the cards.
 * With fewer than two tools nothing is shared.
 */
export function sharedReasons(items: readonly Recommendation[]): { reasons: Reason[]; caveats: Reason[] } {
  if (items.length < 2) return { reasons: [], caveats: [] };
  const common = (pick: (item: Recommendation) => readonly Reason[]) =>
    pick(items[0]!).filter((reason) =>
      items.every((item) => pick(item).some((r) => reasonKey(r) === reasonKey(reason))),
    );
  return { reasons: common((i) => i.reasons), caveats: common((i) => i.caveats) };
}

/** Leaves off the reasons in `shared` (compared by value). */
export function withoutShared(reasons: readonly Reason[], shared: readonly Reason[]): Reason[] {
  const keys = new Set(shared.map(reasonKey));
  return reasons.filter((r) => !keys.has(reasonKey(r)));
}
