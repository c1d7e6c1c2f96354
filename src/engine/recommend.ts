import {
  AGE_GROUP_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  DEVICE_IDS,
  MULTILINGUAL,
  NEED_IDS,
  type AccessId,
  type AgeGroupId,
  type ChannelId,
  type ClientLanguageId,
  type DeviceId,
  type NeedId,
  type ToolLanguageId,
} from '../domain/taxonomy.ts';
import { isRankable, type Tool } from '../domain/catalogue.ts';
import type { AccessAnswer, Answers } from '../domain/answers.ts';

/**
 * The recommendation engine: walks one client's answers against the catalogue and returns
 * ranked, explained recommendations as codes and parameters (never prose; the UI translates).
 * The rules are recorded in docs/decisions/0002-ranking-rules.md.
 */

/** Answers the engine may relax, one after another, when nothing fits strictly. */
export type RelaxableAnswer = 'channels' | 'ageGroup' | 'language';

/**
 * The order in which answers are relaxed: channels are a preference, the age group is a
 * judgement of the tool's target group, and the language decides whether the client can use
 * the tool at all, so it goes last.
 */
export const RELAXATION_ORDER: readonly RelaxableAnswer[] = ['channels', 'ageGroup', 'language'];

/** Why a tool was recommended (in `reasons`) or what to weigh before using it (in `caveats`). */
export type Reason =
  | { code: 'need.matched'; need: NeedId }
  | { code: 'age.matched'; ageGroup: AgeGroupId }
  | { code: 'age.outside'; ageGroup: AgeGroupId; ageGroups: AgeGroupId[] }
  | { code: 'language.matched'; lang: ClientLanguageId }
  | { code: 'language.multilingual'; lang: ClientLanguageId }
  | { code: 'language.unavailable'; lang: ClientLanguageId; languages: ToolLanguageId[] }
  | { code: 'channel.matched'; channel: ChannelId }
  | { code: 'channel.any' }
  | { code: 'channel.unmatched'; channels: ChannelId[]; toolChannels: ChannelId[] }
  /** The tool needs nothing the client lacks. */
  | { code: 'access.fits'; access: AccessId }
  /** The client needs support with digital tools: usable with help. */
  | { code: 'access.needsSupport'; device: DeviceId }
  /** The client has no digital access and the tool needs a device. */
  | { code: 'access.requiresDevice'; device: DeviceId }
  | { code: 'access.requiresInternet' }
  | { code: 'access.requiresAccount' }
  /** The access question was skipped. */
  | { code: 'access.unknown' };

export type ReasonCode = Reason['code'];

export interface Recommendation {
  toolId: string;
  /** 0..100 inclusive, an integer. */
  score: number;
  /** 'professional' when the tool's audience is only professionals (the UI shows them apart). */
  group: 'client' | 'professional';
  /** Selected needs the tool serves, in the order of NEED_IDS. */
  matchedNeeds: readonly NeedId[];
  /** What fits (positive). */
  reasons: readonly Reason[];
  /** Mismatches and warnings. */
  caveats: readonly Reason[];
}

export interface RecommendResult {
  /** Every tool serving at least one selected need, in rank order. */
  items: Recommendation[];
  /** Answers relaxed (in RELAXATION_ORDER) to avoid a dead end; [] when strict matching found something. */
  relaxed: RelaxableAnswer[];
  /** Tools that fit every answer strictly. */
  strictMatchCount: number;
  /** Per selected need: the ids of the tools serving it, in rank order. */
  byNeed: Partial<Record<NeedId, string[]>>;
}

/**
 * Points each answer contributes. They sum to 100; the score is the share of the points
 * available for the answered questions, so a skipped access question neither helps nor hurts.
 * Language weighs most among the fit criteria because a tool the client cannot read is of
 * little use; channels are only a preference.
 */
export const SCORE_WEIGHTS = {
  needs: 35,
  language: 25,
  ageGroup: 15,
  access: 15,
  channels: 10,
} as const;

/** Partial credit for a tool whose age groups are next to the client's (e.g. teen and young adult). */
export const ADJACENT_AGE_POINTS = 8;
/** Partial credit for a tool usable with help, or one whose device the service brings. */
export const ASSISTED_ACCESS_POINTS = 8;
/** The highest score. */
const MAX_SCORE = 100;

// Taxonomy lookup tables (not catalogue data): an id list becomes a bit set, which keys the
// per-call caveat cache below and gives the adjacent-age test.
// The sets are 32-bit integers, and recommend() packs several into one key, so each taxonomy
// has a limit; a taxonomy that outgrows it stops the engine at load instead of mixing up keys.
const bitsOf = (ids: readonly string[], limit: number): ReadonlyMap<string, number> => {
  if (ids.length > limit) throw new Error(`recommend: ${ids.length} ids do not fit ${limit} bits`);
  return new Map(ids.map((id, i) => [id, 1 << i]));
};
const TOOL_LANGUAGE_IDS: readonly ToolLanguageId[] = [...CLIENT_LANGUAGE_IDS, MULTILINGUAL];
const AGE_BIT = bitsOf(AGE_GROUP_IDS, 16); // (set + 1) << 14 in a caveat key
const CHANNEL_BIT = bitsOf(CHANNEL_IDS, 8); // 256 stands for "any channel" in a reason key
const LANGUAGE_BIT = bitsOf(TOOL_LANGUAGE_IDS, 30); // set + 1 in a caveat key

/** The bit set of an id list (ids outside the taxonomy, which the schema rules out, are ignored). */
function maskOf(list: readonly string[], bits: ReadonlyMap<string, number>): number {
  let mask = 0;
  for (const id of list) mask |= bits.get(id) ?? 0;
  return mask;
}

/** The ids of a bit set, in taxonomy order, as a frozen list. */
const idsOf = <T extends string>(mask: number, order: readonly T[]): T[] =>
  Object.freeze(order.filter((_, i) => (mask & (1 << i)) !== 0)) as T[];

/** Per call: one value per distinct key, made on first use. */
function memo<T>(make: (key: number) => T): (key: number) => T {
  const cache = new Map<number, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(key)));
    return value;
  };
}

/**
 * Per call: one shared caveat per distinct tool list (e.g. one `age.outside` for every tool
 * made for adults only).
 */
const caveatCache = (make: (mask: number) => Reason): ((mask: number) => Reason) =>
  memo((mask) => shared(make(mask)));

/**
 * Reasons are immutable values: made once per call, shared by every item they apply to, and
 * frozen (lists included) so that sharing is safe.
 */
const shared = <T extends Reason>(reason: T): T => Object.freeze(reason);

/** Devices a client without digital access does not have of their own. */
const isOwnDevice = (device: DeviceId): boolean => device !== 'none' && device !== 'special-device';

interface AccessFit {
  points: number;
  reasons: readonly Reason[];
  caveats: readonly Reason[];
}

/**
 * Digital access. 'independent' fits every tool. 'needs-support' fits a tool that needs no
 * device, internet or account, and is otherwise usable with help (about half points).
 * 'no-access' fits only a tool that needs nothing; a special device (robot, exoskeleton, a
 * tablet lent by home care) comes with the service, connection included, so such a tool keeps
 * about half points unless the client must also have an account. Each missing prerequisite is
 * a caveat. A skipped question gives no points and is left out of the points available.
 */
function accessFit(access: AccessAnswer, req: Tool['requires']): AccessFit {
  const needsNothing = req.device === 'none' && !req.internet && !req.account;
  const fits = (a: AccessId): AccessFit => ({
    points: SCORE_WEIGHTS.access,
    reasons: [shared({ code: 'access.fits', access: a })],
    caveats: [],
  });
  switch (access) {
    case 'skipped':
      return { points: 0, reasons: [], caveats: [shared({ code: 'access.unknown' })] };
    case 'independent':
      return fits(access);
    case 'needs-support':
      return needsNothing
        ? fits(access)
        : {
            points: ASSISTED_ACCESS_POINTS,
            reasons: [],
            caveats: [shared({ code: 'access.needsSupport', device: req.device })],
          };
    case 'no-access': {
      if (needsNothing) return fits(access);
      const caveats: Reason[] = [];
      if (req.device !== 'none') caveats.push(shared({ code: 'access.requiresDevice', device: req.device }));
      if (req.internet) caveats.push(shared({ code: 'access.requiresInternet' }));
      if (req.account) caveats.push(shared({ code: 'access.requiresAccount' }));
      const serviceBringsIt = !isOwnDevice(req.device) && !req.account;
      return { points: serviceBringsIt ? ASSISTED_ACCESS_POINTS : 0, reasons: [], caveats };
    }
  }
}

const isProfessionalOnly = (audience: readonly string[]): boolean => {
  for (const a of audience) if (a !== 'professional') return false;
  return audience.length > 0;
};

/**
 * The catalogue as the engine reads it: one bit set per tool and answer, in flat typed arrays.
 *
 * `recommend()` reads only these arrays and `ids`, never the tool objects: one call walks a
 * few contiguous arrays, which keeps its cost close to linear in the catalogue size (a walk
 * over 100,000 tool objects and their lists spreads over far more memory than the caches hold,
 * and grows faster than the catalogue). The app indexes its catalogue once, when it loads.
 */
export interface CatalogueIndex {
  readonly size: number;
  /** Tool ids in code-unit order; every array below follows this order. */
  readonly ids: readonly string[];
  /** Bit i: the tool serves NEED_IDS[i]. */
  readonly needs: Int32Array;
  /** Bit i: AGE_GROUP_IDS[i]. */
  readonly ageGroups: Int32Array;
  /** Bit i: the i-th of CLIENT_LANGUAGE_IDS followed by 'mul'. */
  readonly languages: Int32Array;
  /** Bit i: CHANNEL_IDS[i]. */
  readonly channels: Int32Array;
  /** What the tool requires, as accessKey(): device, account and internet in one small number. */
  readonly requires: Uint8Array;
  /** 1 when the tool's audience is only professionals. */
  readonly professional: Uint8Array;
}

const NEED_BIT = bitsOf(NEED_IDS, 28); // set << 3 in a reason key
// The access key takes the low 5 bits of the list keys in recommend().
if (DEVICE_IDS.length > 8) throw new Error(`recommend: ${DEVICE_IDS.length} devices do not fit 5 bits`);
const accessKey = (req: Tool['requires']): number =>
  DEVICE_IDS.indexOf(req.device) * 4 + (req.account ? 2 : 0) + (req.internet ? 1 : 0);
const requiresOf = (key: number): Tool['requires'] => ({
  device: DEVICE_IDS[key >> 2]!,
  account: (key & 2) !== 0,
  internet: (key & 1) !== 0,
});

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Indexes a catalogue for `recommend()`, in id order (code-unit order; tools with the same id,
 * which the schema rules out, keep their catalogue order). Ids outside the taxonomies (also
 * ruled out by the schema) are ignored.
 */
export function indexCatalogue(catalogue: readonly Tool[]): CatalogueIndex {
  // A discontinued or replaced service is history, not a recommendation: it never enters the index.
  const tools = catalogue.filter(isRankable).sort((a, b) => compareIds(a.id, b.id));
  const size = tools.length;
  const index = {
    size,
    ids: tools.map((tool) => tool.id),
    needs: new Int32Array(size),
    ageGroups: new Int32Array(size),
    languages: new Int32Array(size),
    channels: new Int32Array(size),
    requires: new Uint8Array(size),
    professional: new Uint8Array(size),
  };
  tools.forEach((tool, i) => {
    index.needs[i] = maskOf(tool.needs, NEED_BIT);
    index.ageGroups[i] = maskOf(tool.ageGroups, AGE_BIT);
    index.languages[i] = maskOf(tool.languages, LANGUAGE_BIT);
    index.channels[i] = maskOf(tool.channels, CHANNEL_BIT);
    index.requires[i] = accessKey(tool.requires);
    index.professional[i] = isProfessionalOnly(tool.audience) ? 1 : 0;
  });
  return Object.freeze(index);
}

/** The number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A two-level cache of values made once per call, keyed by two small integers. */
function cache2<T>(make: (a: number, b: number) => T): (a: number, b: number) => T {
  const outer = new Map<number, Map<number, T>>();
  return (a, b) => {
    let inner = outer.get(a);
    if (inner === undefined) outer.set(a, (inner = new Map()));
    let value = inner.get(b);
    if (value === undefined) inner.set(b, (value = make(a, b)));
    return value;
  };
}

/** Frozen, so that one list may be shared by every item with the same outcome. */
const frozenList = <T>(list: T[]): readonly T[] => Object.freeze(list);

/**
 * Ranks the catalogue for one client situation.
 *
 * Rules:
 * - A tool is in the result only if it serves at least one selected need.
 * - Score (integer 0..100) = round(100 * points / available), where the points are
 *   needs 35 * (matched / selected), language 25 (exact or multilingual 'mul'),
 *   age group 15 (8 for an adjacent group), access 15 (8 when usable with help; see
 *   accessFit), channels 10 (a shared channel, or 'any'); 'available' is 100, or 85 when
 *   access was skipped. One more matched need adds at least 35/19 > 1 point before
 *   rounding, so serving more of the selected needs always scores higher, all else equal.
 * - Mismatches are caveats, never silent drops: a tool the client cannot use in their
 *   language stays in the list with 'language.unavailable'.
 * - A tool whose audience is only professionals goes in group 'professional'.
 * - A tool fits strictly when it serves a need and its age group, language (incl. 'mul') and
 *   channels (or 'any') match. When none does, answers are relaxed in RELAXATION_ORDER until
 *   some tool fits, and `relaxed` says which; ranking and `items` are the same either way.
 * - Rank order: score descending, then tool id (code-unit order), so the same input always
 *   gives the same output, whatever the catalogue order.
 * - Inputs are not mutated. The result is immutable where it is shared: reasons, caveats and
 *   the lists inside them, and each item's `matchedNeeds`, `reasons` and `caveats`, are frozen
 *   and shared by every item with the same outcome (lists in taxonomy order). Items and the
 *   lists of `byNeed` are new.
 *
 * Cost: one pass over the index's flat arrays with a few bit operations per tool, a counting
 * sort of the matches by score, and one small object per matching tool.
 * Given a list of tools instead of an index, it indexes them first (a pass over every tool
 * object); the app passes the index it built once.
 */
export function recommend(answers: Answers, catalogue: CatalogueIndex | readonly Tool[]): RecommendResult {
  const index = isIndex(catalogue) ? catalogue : indexCatalogue(catalogue);
  const selected = NEED_IDS.filter((need) => answers.needs.includes(need));
  const selectedMask = maskOf(selected, NEED_BIT);
  const selectedCount = selected.length;

  const lang = answers.language;
  const langBit = LANGUAGE_BIT.get(lang) ?? 0;
  const multilingualBit = LANGUAGE_BIT.get(MULTILINGUAL)!;
  const clientAge = answers.ageGroup;
  const clientAgeBit = AGE_BIT.get(clientAge) ?? 0;
  const neighbourAges = (clientAgeBit << 1) | (clientAgeBit >> 1);
  const anyChannel = answers.channels === 'any';
  const clientChannels = anyChannel ? [] : CHANNEL_IDS.filter((c) => answers.channels.includes(c));
  const clientChannelMask = maskOf(clientChannels, CHANNEL_BIT);
  const clientChannelList = Object.freeze(clientChannels.slice()) as ChannelId[];
  const available =
    SCORE_WEIGHTS.needs +
    SCORE_WEIGHTS.language +
    SCORE_WEIGHTS.ageGroup +
    SCORE_WEIGHTS.channels +
    (answers.access === 'skipped' ? 0 : SCORE_WEIGHTS.access);

  // Every reason and caveat is made once per call and shared.
  const needReason = NEED_IDS.map((need) => shared({ code: 'need.matched', need }));
  const ageMatched = shared({ code: 'age.matched', ageGroup: clientAge });
  const languageMatched = shared({ code: 'language.matched', lang });
  const languageMultilingual = shared({ code: 'language.multilingual', lang });
  const channelMatched = CHANNEL_IDS.map((channel) => shared({ code: 'channel.matched', channel }));
  const channelAny = shared({ code: 'channel.any' });
  const ageOutside = caveatCache((mask) => ({
    code: 'age.outside',
    ageGroup: clientAge,
    ageGroups: idsOf(mask, AGE_GROUP_IDS),
  }));
  const languageUnavailable = caveatCache((mask) => ({
    code: 'language.unavailable',
    lang,
    languages: idsOf(mask, TOOL_LANGUAGE_IDS),
  }));
  const channelUnmatched = caveatCache((mask) => ({
    code: 'channel.unmatched',
    channels: clientChannelList,
    toolChannels: idsOf(mask, CHANNEL_IDS),
  }));
  const accessFits: AccessFit[] = [];
  const accessFor = (key: number) => (accessFits[key] ??= accessFit(answers.access, requiresOf(key)));

  // Each item's lists depend only on its outcome, so there is one frozen list per outcome.
  // Keys: needs = the selected needs the tool serves; fit = age matched (bit 0), language
  // matched (bit 1) or multilingual (bit 2); channels = the shared channels, or 256 for 'any'
  // and 0 for none; then the access key. Caveats: the tool's age groups when outside (+1), its
  // languages when unavailable (+1), its channels when unmatched (+1), the access key.
  const matchedNeedsOf = memo((mask) => idsOf(mask, NEED_IDS));
  const reasonsOf = cache2((needsAndFit: number, channelsAndAccess: number) => {
    const list: Reason[] = [];
    const needs = needsAndFit >>> 3;
    NEED_IDS.forEach((_, i) => {
      if ((needs & (1 << i)) !== 0) list.push(needReason[i]!);
    });
    if ((needsAndFit & 1) !== 0) list.push(ageMatched);
    if ((needsAndFit & 2) !== 0) list.push(languageMatched);
    else if ((needsAndFit & 4) !== 0) list.push(languageMultilingual);
    const channels = channelsAndAccess >> 5;
    if (channels === 256) list.push(channelAny);
    else CHANNEL_IDS.forEach((_, i) => (channels & (1 << i)) !== 0 && list.push(channelMatched[i]!));
    list.push(...accessFor(channelsAndAccess & 31).reasons);
    return frozenList(list);
  });
  const caveatsOf = cache2((languages: number, ageChannelsAccess: number) => {
    const list: Reason[] = [];
    const ages = ageChannelsAccess >> 14;
    const channels = (ageChannelsAccess >> 5) & 511;
    if (ages !== 0) list.push(ageOutside(ages - 1));
    if (languages !== 0) list.push(languageUnavailable(languages - 1));
    if (channels !== 0) list.push(channelUnmatched(channels - 1));
    list.push(...accessFor(ageChannelsAccess & 31).caveats);
    return frozenList(list);
  });

  const { size, ids } = index;
  const needsArr = index.needs;
  const agesArr = index.ageGroups;
  const languagesArr = index.languages;
  const channelsArr = index.channels;
  const requiresArr = index.requires;
  const professionalArr = index.professional;

  // Pass 1, over the index in id order: the matching tools, their scores and the keys of
  // their lists, in flat arrays (m matches so far).
  const { position, score, needBits, reasonKeyA, reasonKeyB, caveatKeyA, caveatKeyB, order } =
    scratchFor(size);
  const perScore = new Int32Array(MAX_SCORE + 1);
  let m = 0;
  let strictMatchCount = 0;
  let fitsWithoutChannels = 0;
  let fitsLanguage = 0;

  for (let t = 0; t < size; t++) {
    const needs = needsArr[t]! & selectedMask;
    if (needs === 0) continue;
    let points = (SCORE_WEIGHTS.needs * popcount(needs)) / selectedCount;

    const ages = agesArr[t]!;
    const ageOk = (ages & clientAgeBit) !== 0;
    if (ageOk) points += SCORE_WEIGHTS.ageGroup;
    else if ((ages & neighbourAges) !== 0) points += ADJACENT_AGE_POINTS;

    const languages = languagesArr[t]!;
    const langExact = (languages & langBit) !== 0;
    const langOk = langExact || (languages & multilingualBit) !== 0;
    if (langOk) points += SCORE_WEIGHTS.language;

    const channels = anyChannel ? 256 : channelsArr[t]! & clientChannelMask;
    const channelOk = channels !== 0;
    if (channelOk) points += SCORE_WEIGHTS.channels;

    const access = requiresArr[t]!;
    points += accessFor(access).points;

    if (langOk) {
      fitsLanguage++;
      if (ageOk) {
        fitsWithoutChannels++;
        if (channelOk) strictMatchCount++;
      }
    }

    const s = Math.min(MAX_SCORE, Math.max(0, Math.round((100 * points) / available)));
    position[m] = t;
    score[m] = s;
    perScore[s]!++;
    needBits[m] = needs;
    reasonKeyA[m] = (needs << 3) | (ageOk ? 1 : 0) | (langExact ? 2 : langOk ? 4 : 0);
    reasonKeyB[m] = (channels << 5) | access;
    caveatKeyA[m] = langOk ? 0 : languages + 1;
    caveatKeyB[m] = ((ageOk ? 0 : ages + 1) << 14) | ((channelOk ? 0 : channelsArr[t]! + 1) << 5) | access;
    m++;
  }

  // Pass 2: a counting sort by score, highest first. It is stable and the matches are in id
  // order, so ties stay in id order: the rank order, in time linear in the catalogue size.
  const start = new Int32Array(MAX_SCORE + 2);
  for (let s = MAX_SCORE; s > 0; s--) start[s - 1] = start[s]! + perScore[s]!;
  for (let k = 0; k < m; k++) order[start[score[k]!]!++] = k;

  // Pass 3: one item per match, in rank order; its lists are the shared ones for its outcome.
  const items: Recommendation[] = [];
  const byNeed: Partial<Record<NeedId, string[]>> = {};
  const lists = selected.map((need) => ({ bit: NEED_BIT.get(need)!, list: (byNeed[need] = []) as string[] }));
  for (let r = 0; r < m; r++) {
    const k = order[r]!;
    const t = position[k]!;
    const id = ids[t]!;
    const needs = needBits[k]!;
    items.push({
      toolId: id,
      score: score[k]!,
      group: professionalArr[t] === 1 ? 'professional' : 'client',
      matchedNeeds: matchedNeedsOf(needs),
      reasons: reasonsOf(reasonKeyA[k]!, reasonKeyB[k]!),
      caveats: caveatsOf(caveatKeyA[k]!, caveatKeyB[k]!),
    });
    for (const { bit, list } of lists) if ((needs & bit) !== 0) list.push(id);
  }

  return {
    items,
    relaxed: relaxationFor(m, strictMatchCount, fitsWithoutChannels, fitsLanguage),
    strictMatchCount,
    byNeed,
  };
}

/**
 * Working arrays of one call, kept between calls and grown to the largest catalogue seen.
 * Fresh arrays of a large catalogue's size would cost the operating system's page faults on
 * every call; these hold nothing that outlives a call (every entry read is written first in
 * the same call, and `recommend()` runs to completion without calling out), so reusing them
 * keeps the engine pure as seen from outside.
 */
interface Scratch {
  capacity: number;
  position: Int32Array;
  score: Uint8Array;
  needBits: Int32Array;
  reasonKeyA: Int32Array;
  reasonKeyB: Int32Array;
  caveatKeyA: Int32Array;
  caveatKeyB: Int32Array;
  order: Int32Array;
}
let scratch: Scratch | undefined;
function scratchFor(size: number): Scratch {
  if (scratch === undefined || scratch.capacity < size) {
    const capacity = Math.max(size, 64);
    scratch = {
      capacity,
      position: new Int32Array(capacity),
      score: new Uint8Array(capacity),
      needBits: new Int32Array(capacity),
      reasonKeyA: new Int32Array(capacity),
      reasonKeyB: new Int32Array(capacity),
      caveatKeyA: new Int32Array(capacity),
      caveatKeyB: new Int32Array(capacity),
      order: new Int32Array(capacity),
    };
  }
  return scratch;
}

const isIndex = (catalogue: CatalogueIndex | readonly Tool[]): catalogue is CatalogueIndex =>
  !Array.isArray(catalogue);

/**
 * The shortest prefix of RELAXATION_ORDER after which some tool fits. Nothing is relaxed when
 * a tool fits strictly, or when no tool serves the selected needs (relaxing would not help).
 */
function relaxationFor(
  matching: number,
  strict: number,
  fitsWithoutChannels: number,
  fitsLanguage: number,
): RelaxableAnswer[] {
  if (strict > 0 || matching === 0) return [];
  if (fitsWithoutChannels > 0) return RELAXATION_ORDER.slice(0, 1);
  if (fitsLanguage > 0) return RELAXATION_ORDER.slice(0, 2);
  return RELAXATION_ORDER.slice(0, 3);
}
