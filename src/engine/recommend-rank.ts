/**
 * Rank order for recommendations: score descending, then id ascending (code-unit order, the
 * order of `<` on strings).
 *
 * A plain `sort` with that comparator spends most of its time comparing id strings, which
 * dominates `recommend()` on large catalogues. Here each entry is packed into one number -
 * score, the first few characters of its id, its position - and the numbers are sorted
 * natively, without a JavaScript callback; only entries whose score and id prefix are equal
 * are compared as strings afterwards. The result is the order of positions, so the caller can
 * read any parallel arrays (ids, need masks) without touching the items themselves.
 */

/** The characters of a kebab-case id, in code-unit order; rank 0 stands for "end of id". */
const ID_ALPHABET = '-0123456789abcdefghijklmnopqrstuvwxyz';
const CHAR_BITS = 6;
const CHAR_RANK = new Int8Array(128).fill(-1);
for (let i = 0; i < ID_ALPHABET.length; i++) CHAR_RANK[ID_ALPHABET.charCodeAt(i)] = i + 1;

const MAX_SCORE = 100;
const SCORE_BITS = 7; // 0..100
const MANTISSA_BITS = 53; // integers below 2^53 are exact in a double

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The reference order, used as the fallback and by the tests. */
export function rankOrderBySort(scores: ArrayLike<number>, ids: readonly string[]): number[] {
  return Array.from({ length: ids.length }, (_, i) => i).sort(
    (a, b) => scores[b]! - scores[a]! || compareIds(ids[a]!, ids[b]!),
  );
}

/**
 * Positions 0..n-1 of the parallel `scores` and `ids` in rank order: score descending, then
 * id ascending, and position for equal entries (a stable order). Same result as
 * `rankOrderBySort`; falls back to it for ids outside [a-z0-9-] or scores that are not
 * integers in 0..100.
 */
export function rankOrder(scores: ArrayLike<number>, ids: readonly string[]): number[] {
  const n = ids.length;
  if (n < 2) return n === 1 ? [0] : [];

  const indexBits = Math.max(1, Math.ceil(Math.log2(n)));
  const prefixChars = Math.floor((MANTISSA_BITS - SCORE_BITS - indexBits) / CHAR_BITS);
  if (prefixChars < 1) return rankOrderBySort(scores, ids);
  const indexScale = 2 ** indexBits;
  const prefixScale = 2 ** (CHAR_BITS * prefixChars);

  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const score = scores[i]!;
    const id = ids[i]!;
    if (!Number.isInteger(score) || score < 0 || score > MAX_SCORE) return rankOrderBySort(scores, ids);
    let prefix = 0;
    for (let c = 0; c < prefixChars; c++) {
      let rank = 0;
      if (c < id.length) {
        const code = id.charCodeAt(c);
        rank = code < 128 ? CHAR_RANK[code]! : -1;
        if (rank < 0) return rankOrderBySort(scores, ids);
      }
      prefix = prefix * 64 + rank;
    }
    // Characters after the prefix are compared below, only when two keys share the prefix.
    keys[i] = ((MAX_SCORE - score) * prefixScale + prefix) * indexScale + i;
  }
  keys.sort();

  const order: number[] = [];
  let runStart = 0;
  let runGroup = Math.floor(keys[0]! / indexScale);
  for (let i = 1; i <= n; i++) {
    const group = i < n ? Math.floor(keys[i]! / indexScale) : -1;
    if (group === runGroup) continue;
    if (i - runStart === 1) {
      order.push(keys[runStart]! % indexScale);
    } else {
      // keys[runStart..i) share score and id prefix: order them by the whole id (stable sort).
      const run: number[] = [];
      for (let k = runStart; k < i; k++) run.push(keys[k]! % indexScale);
      run.sort((a, b) => compareIds(ids[a]!, ids[b]!));
      for (const position of run) order.push(position);
    }
    runStart = i;
    runGroup = group;
  }
  return order;
}
