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
import type { Tool } from '../domain/catalogue.ts';
import { rankOrder } from './recommend-rank.ts';
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
  matchedNeeds: NeedId[];
  /** What fits (positive). */
  reasons: Reason[];
  /** Mismatches and warnings. */
  caveats: Reason[];
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

// Taxonomy lookup tables (not catalogue data): an id list becomes a bit set, which keys the
// per-call caveat cache below and gives the adjacent-age test.
const bitsOf = (ids: readonly string[]): ReadonlyMap<string, number> =>
  new Map(ids.map((id, i) => [id, 1 << i]));
const TOOL_LANGUAGE_IDS: readonly ToolLanguageId[] = [...CLIENT_LANGUAGE_IDS, MULTILINGUAL];
const AGE_BIT = bitsOf(AGE_GROUP_IDS);
const CHANNEL_BIT = bitsOf(CHANNEL_IDS);
const LANGUAGE_BIT = bitsOf(TOOL_LANGUAGE_IDS);

/** The bit set of an id list (ids outside the taxonomy, which the schema rules out, are ignored). */
function maskOf(list: readonly string[], bits: ReadonlyMap<string, number>): number {
  let mask = 0;
  for (const id of list) mask |= bits.get(id) ?? 0;
  return mask;
}

/** The ids of a bit set, in taxonomy order, as a frozen list. */
const idsOf = <T extends string>(mask: number, order: readonly T[]): T[] =>
  Object.freeze(order.filter((_, i) => (mask & (1 << i)) !== 0)) as T[];

/**
 * Per call: one shared caveat per distinct tool list (e.g. one `age.outside` for every tool
 * made for adults only). On a large catalogue most items carry such caveats, and building
 * them once keeps the result - and the garbage collector's work - small.
 */
function caveatCache(make: (mask: number) => Reason): (mask: number) => Reason {
  const cache = new Map<number, Reason>();
  return (mask) => {
    let caveat = cache.get(mask);
    if (caveat === undefined) cache.set(mask, (caveat = shared(make(mask))));
    return caveat;
  };
}

/**
 * `list.includes(value)` for the short id lists of a tool. This is the innermost loop of the
 * engine. Ids are often the same interned strings, making it a few pointer comparisons per
 * tool; measured with both interned and JSON-parsed ids, it beat a Set or Map lookup.
 */
function has(list: readonly string[], value: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}

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
 * - Inputs are not mutated. Reasons and caveats are frozen values that may be shared between
 *   items; the lists inside them are in taxonomy order. Each item's own arrays (matchedNeeds,
 *   reasons, caveats) and every list of `byNeed` are new.
 *
 * Cost: one pass over the catalogue with a few pointer comparisons per tool, then a
 * packed-key sort of the matching tools (see recommend-rank.ts). Nothing is cached between
 * calls.
 */
export function recommend(answers: Answers, catalogue: readonly Tool[]): RecommendResult {
  const selected = NEED_IDS.filter((need) => answers.needs.includes(need));
  const selectedReasons = selected.map((need) => shared({ code: 'need.matched', need }));
  const selectedCount = selected.length;

  const lang = answers.language;
  // Imported bindings read once: a bundler or test runner may turn each read into a getter call.
  const multilingual: string = MULTILINGUAL;
  const devices: readonly string[] = DEVICE_IDS;
  const clientAge = answers.ageGroup;
  const clientAgeBit = AGE_BIT.get(clientAge) ?? 0;
  const neighbourAges = (clientAgeBit << 1) | (clientAgeBit >> 1);
  const anyChannel = answers.channels === 'any';
  const clientChannels = anyChannel ? [] : CHANNEL_IDS.filter((c) => answers.channels.includes(c));
  const clientChannelList = Object.freeze(clientChannels.slice()) as ChannelId[];
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
  const channelReasons = clientChannels.map((channel) => shared({ code: 'channel.matched', channel }));
  const channelAny = shared({ code: 'channel.any' });
  const ageMatched = shared({ code: 'age.matched', ageGroup: clientAge });
  const languageMatched = shared({ code: 'language.matched', lang });
  const languageMultilingual = shared({ code: 'language.multilingual', lang });
  const accessMemo: (AccessFit | undefined)[] = [];
  const available =
    SCORE_WEIGHTS.needs +
    SCORE_WEIGHTS.language +
    SCORE_WEIGHTS.ageGroup +
    SCORE_WEIGHTS.channels +
    (answers.access === 'skipped' ? 0 : SCORE_WEIGHTS.access);

  // Matching tools in catalogue order, with parallel arrays for ranking and byNeed.
  const items: Recommendation[] = [];
  const ids: string[] = [];
  const scores: number[] = [];
  const needBits: number[] = []; // bit i set: the tool serves selected[i]
  // Scratch lists reused for every tool; each item gets an exact-size copy, which keeps
  // the result small when the catalogue is large.
  const reasons: Reason[] = [];
  const caveats: Reason[] = [];
  const matchedNeeds: NeedId[] = [];
  let strictMatchCount = 0;
  let fitsWithoutChannels = 0;
  let fitsLanguage = 0;

  for (const tool of catalogue) {
    // Walking the selected needs (in NEED_IDS order) yields matchedNeeds already ordered.
    let nNeeds = 0;
    let nReasons = 0;
    let nCaveats = 0;
    let bits = 0;
    for (let i = 0; i < selectedCount; i++) {
      if (has(tool.needs, selected[i]!)) {
        matchedNeeds[nNeeds++] = selected[i]!;
        reasons[nReasons++] = selectedReasons[i]!;
        bits |= 1 << i;
      }
    }
    if (nNeeds === 0) continue;
    let points = (SCORE_WEIGHTS.needs * nNeeds) / selectedCount;

    const ageOk = has(tool.ageGroups, clientAge);
    if (ageOk) {
      points += SCORE_WEIGHTS.ageGroup;
      reasons[nReasons++] = ageMatched;
    } else {
      const mask = maskOf(tool.ageGroups, AGE_BIT);
      if ((mask & neighbourAges) !== 0) points += ADJACENT_AGE_POINTS;
      caveats[nCaveats++] = ageOutside(mask);
    }

    let langOk = true;
    if (has(tool.languages, lang)) {
      reasons[nReasons++] = languageMatched;
    } else if (has(tool.languages, multilingual)) {
      reasons[nReasons++] = languageMultilingual;
    } else {
      langOk = false;
      caveats[nCaveats++] = languageUnavailable(maskOf(tool.languages, LANGUAGE_BIT));
    }
    if (langOk) points += SCORE_WEIGHTS.language;

    let channelOk = true;
    if (anyChannel) {
      reasons[nReasons++] = channelAny;
    } else {
      const before = nReasons;
      for (let i = 0; i < clientChannels.length; i++) {
        if (has(tool.channels, clientChannels[i]!)) reasons[nReasons++] = channelReasons[i]!;
      }
      if (nReasons === before) {
        channelOk = false;
        caveats[nCaveats++] = channelUnmatched(maskOf(tool.channels, CHANNEL_BIT));
      }
    }
    if (channelOk) points += SCORE_WEIGHTS.channels;

    const req = tool.requires;
    const accessKey = devices.indexOf(req.device) * 4 + (req.account ? 2 : 0) + (req.internet ? 1 : 0);
    const access = (accessMemo[accessKey] ??= accessFit(answers.access, req));
    points += access.points;
    for (const r of access.reasons) reasons[nReasons++] = r;
    for (const r of access.caveats) caveats[nCaveats++] = r;

    if (langOk) {
      fitsLanguage++;
      if (ageOk) {
        fitsWithoutChannels++;
        if (channelOk) strictMatchCount++;
      }
    }

    const score = Math.min(100, Math.max(0, Math.round((100 * points) / available)));
    items.push({
      toolId: tool.id,
      score,
      group: isProfessionalOnly(tool.audience) ? 'professional' : 'client',
      matchedNeeds: matchedNeeds.slice(0, nNeeds),
      reasons: reasons.slice(0, nReasons),
      caveats: caveats.slice(0, nCaveats),
    });
    ids.push(tool.id);
    scores.push(score);
    needBits.push(bits);
  }

  const order = rankOrder(scores, ids);
  const ranked: Recommendation[] = [];
  const byNeed: Partial<Record<NeedId, string[]>> = {};
  const lists: string[][] = selected.map((need) => (byNeed[need] = []));
  for (const position of order) {
    ranked.push(items[position]!);
    const bits = needBits[position]!;
    for (let i = 0; i < selectedCount; i++) if ((bits & (1 << i)) !== 0) lists[i]!.push(ids[position]!);
  }

  return {
    items: ranked,
    relaxed: relaxationFor(ranked.length, strictMatchCount, fitsWithoutChannels, fitsLanguage),
    strictMatchCount,
    byNeed,
  };
}

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
