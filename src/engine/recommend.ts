import { MULTILINGUAL } from '../domain/taxonomy.ts';
import type {
  AccessId,
  AgeGroupId,
  ChannelId,
  ClientLanguageId,
  DeviceId,
  NeedId,
  ToolLanguageId,
} from '../domain/taxonomy.ts';
import { isRankable, type Tool } from '../domain/catalogue.ts';
import { compareCodeUnits } from '../domain/name-order.ts';
import type { AccessAnswer, Answers } from '../domain/answers.ts';

/**
 * The recommendation engine: walks one client's answers against the catalogue and returns
 * ranked, explained recommendations as codes and parameters (never prose; the UI translates).
 * The rules, with a worked example, are in docs/decisions/0002-ranking-rules.md.
 *
 * The engine knows no taxonomy: it compares the ids in the answers with the ids in each tool,
 * so a new channel or language needs only its id and its labels.
 */

/** Answers the engine may relax, one after another, when nothing fits strictly. */
export type RelaxableAnswer = 'channels' | 'ageGroup' | 'language';

/**
 * The order in which answers are relaxed: channels are a preference, the age group is a
 * judgement of the tool's target group, and the language decides whether the client can use
 * the tool at all, so it goes last.
 */
export const RELAXATION_ORDER: readonly RelaxableAnswer[] = ['channels', 'ageGroup', 'language'];

/**
 * Why a tool was recommended (in `reasons`) or what to weigh before using it (in `caveats`).
 * `*.likely` and `*.unconfirmed` come from a tool field listed in the tool's `inferred`:
 * the editors' guess, not a fact, so the UI must word them as such.
 */
export type Reason =
  | { code: 'need.matched'; need: NeedId }
  /** The tool's needs are the editors' guess. */
  | { code: 'need.likely'; need: NeedId }
  | { code: 'age.matched'; ageGroup: AgeGroupId }
  | { code: 'age.likely'; ageGroup: AgeGroupId }
  | { code: 'age.outside'; ageGroup: AgeGroupId; ageGroups: readonly AgeGroupId[] }
  /** The tool's age groups are a guess and do not include the client's: not known. */
  | { code: 'age.unconfirmed'; ageGroup: AgeGroupId; ageGroups: readonly AgeGroupId[] }
  | { code: 'language.matched'; lang: ClientLanguageId }
  | { code: 'language.multilingual'; lang: ClientLanguageId }
  /** The tool's languages are a guess that includes the client's (or 'mul'). */
  | { code: 'language.likely'; lang: ClientLanguageId; languages: readonly ToolLanguageId[] }
  | { code: 'language.unavailable'; lang: ClientLanguageId; languages: readonly ToolLanguageId[] }
  /** The tool's languages are a guess without the client's: not known, never "not available". */
  | { code: 'language.unconfirmed'; lang: ClientLanguageId; languages: readonly ToolLanguageId[] }
  | { code: 'channel.matched'; channel: ChannelId }
  | { code: 'channel.likely'; channel: ChannelId }
  | { code: 'channel.any' }
  | { code: 'channel.unmatched'; channels: readonly ChannelId[]; toolChannels: readonly ChannelId[] }
  | { code: 'channel.unconfirmed'; channels: readonly ChannelId[]; toolChannels: readonly ChannelId[] }
  /** The tool needs nothing the client lacks. */
  | { code: 'access.fits'; access: AccessId }
  /** The client needs support with digital tools: usable with help. */
  | { code: 'access.needsSupport'; device: DeviceId; guessed: boolean }
  /**
   * The client has no digital access and the tool needs a device. `guessed`: what the tool
   * requires is in its `inferred` list, so the text must not state it as fact.
   */
  | { code: 'access.requiresDevice'; device: DeviceId; guessed: boolean }
  | { code: 'access.requiresInternet'; guessed: boolean }
  | { code: 'access.requiresAccount'; guessed: boolean }
  /** The access question was skipped. */
  | { code: 'access.unknown' };

export type ReasonCode = Reason['code'];

export interface Recommendation {
  toolId: string;
  /** 0..100 inclusive, an integer: the points earned, as a share of the points available. */
  score: number;
  /** 'professional' when the tool's audience is only professionals (the UI shows them apart). */
  group: 'client' | 'professional';
  /**
   * False when the client has no digital access and the tool needs their own device or an
   * account: such a tool is ranked after every tool within reach, whatever its score.
   */
  withinReach: boolean;
  /** Selected needs the tool serves, in the order of the answers. */
  matchedNeeds: NeedId[];
  /** What fits (positive). */
  reasons: Reason[];
  /** Mismatches and warnings. */
  caveats: Reason[];
}

export interface RecommendResult {
  /** Every rankable tool serving at least one selected need, in rank order. */
  items: Recommendation[];
  /** Answers relaxed (in RELAXATION_ORDER) to avoid a dead end; [] when strict matching found something. */
  relaxed: RelaxableAnswer[];
  /** Tools that fit every answer strictly. */
  strictMatchCount: number;
  /** Per selected need: the ids of the tools serving it, in rank order. */
  byNeed: Partial<Record<NeedId, string[]>>;
}

/**
 * Points each answer is worth when the tool's field is a fact that matches. They sum to 100.
 * Language weighs most among the fit criteria because a tool the client cannot read is of
 * little use; channels, age group and access weigh the same.
 */
export const SCORE_WEIGHTS = {
  needs: 35,
  language: 20,
  ageGroup: 15,
  access: 15,
  channels: 15,
} as const;

/** Of a weight, what a guessed (inferred) field earns when it matches: less than a fact. */
export const GUESSED_MATCH_SHARE = 1 / 2;
/** Of a weight, what a guessed field earns when it does not match: unknown, more than a known mismatch. */
export const GUESSED_MISMATCH_SHARE = 1 / 4;
/** Partial access credit for a tool usable with help, or one whose device the service brings. */
export const ASSISTED_ACCESS_POINTS = 8;

type Field = Tool['inferred'][number];

/** One answer compared with one tool field: the points earned and what to tell the practitioner. */
interface Fit {
  points: number;
  reasons: readonly Reason[];
  caveats: readonly Reason[];
  /** Whether the answer counts as met for the strict fit (a guessed match counts). */
  fits: boolean;
}

/** Nothing to say on this answer. */
const NONE: readonly Reason[] = [];

const isGuess = (tool: Tool, field: Field): boolean => tool.inferred.includes(field);

/** Points for a field that matches or not, by whether the field is a fact or a guess. */
function pointsFor(weight: number, matches: boolean, guessed: boolean): number {
  if (!guessed) return matches ? weight : 0;
  return weight * (matches ? GUESSED_MATCH_SHARE : GUESSED_MISMATCH_SHARE);
}

/** The hard condition on needs: the tool serves at least one selected need. */
const servesANeed = (answers: Answers, tool: Tool): boolean =>
  tool.needs.some((need) => answers.needs.includes(need));

/** The selected needs the tool serves. */
function needsFit(answers: Answers, tool: Tool): Fit & { matched: NeedId[] } {
  const matched = answers.needs.filter((need) => tool.needs.includes(need));
  const guessed = isGuess(tool, 'needs');
  const share = matched.length / answers.needs.length;
  return {
    matched,
    points: SCORE_WEIGHTS.needs * share * (guessed ? GUESSED_MATCH_SHARE : 1),
    reasons: matched.map((need) => ({ code: guessed ? 'need.likely' : 'need.matched', need })),
    caveats: NONE,
    fits: true,
  };
}

function ageFit(answers: Answers, tool: Tool): Fit {
  const { ageGroup } = answers;
  const matches = tool.ageGroups.includes(ageGroup);
  const guessed = isGuess(tool, 'ageGroups');
  const points = pointsFor(SCORE_WEIGHTS.ageGroup, matches, guessed);
  if (matches) {
    return {
      points,
      fits: true,
      caveats: NONE,
      reasons: [{ code: guessed ? 'age.likely' : 'age.matched', ageGroup }],
    };
  }
  const code = guessed ? 'age.unconfirmed' : 'age.outside';
  return {
    points,
    fits: false,
    reasons: NONE,
    caveats: [{ code, ageGroup, ageGroups: tool.ageGroups }],
  };
}

function languageFit(answers: Answers, tool: Tool): Fit {
  const lang = answers.language;
  const exact = tool.languages.includes(lang);
  const matches = exact || tool.languages.includes(MULTILINGUAL);
  const guessed = isGuess(tool, 'languages');
  const points = pointsFor(SCORE_WEIGHTS.language, matches, guessed);
  const languages = tool.languages;
  if (matches && guessed)
    return { points, fits: true, caveats: NONE, reasons: [{ code: 'language.likely', lang, languages }] };
  if (matches) {
    const code = exact ? 'language.matched' : 'language.multilingual';
    return { points, fits: true, caveats: NONE, reasons: [{ code, lang }] };
  }
  const code = guessed ? 'language.unconfirmed' : 'language.unavailable';
  return { points, fits: false, reasons: NONE, caveats: [{ code, lang, languages }] };
}

function channelFit(answers: Answers, tool: Tool): Fit {
  const wanted = answers.channels;
  // No preference: the tool's channels do not matter, so whether they are a guess does not either.
  if (wanted === 'any') {
    return { points: SCORE_WEIGHTS.channels, fits: true, caveats: NONE, reasons: [{ code: 'channel.any' }] };
  }
  const shared = wanted.filter((channel) => tool.channels.includes(channel));
  const guessed = isGuess(tool, 'channels');
  const points = pointsFor(SCORE_WEIGHTS.channels, shared.length > 0, guessed);
  if (shared.length > 0) {
    const code = guessed ? 'channel.likely' : 'channel.matched';
    return { points, fits: true, caveats: NONE, reasons: shared.map((channel) => ({ code, channel })) };
  }
  const code = guessed ? 'channel.unconfirmed' : 'channel.unmatched';
  return {
    points,
    fits: false,
    reasons: NONE,
    caveats: [{ code, channels: wanted, toolChannels: tool.channels }],
  };
}

/** Devices the client must have of their own (a special device comes with the service). */
const isOwnDevice = (device: DeviceId): boolean => device !== 'none' && device !== 'special-device';

/**
 * The hard access condition: a client without digital access is not sent first to a tool that
 * needs their own device or an account.
 */
const isWithinReach = (access: AccessAnswer, req: Tool['requires']): boolean =>
  access !== 'no-access' || (!isOwnDevice(req.device) && !req.account);

/**
 * Digital access. A special device (robot, exoskeleton, a tablet lent by home care) comes
 * with the service, connection included. 'independent' fits every tool. 'needs-support' fits
 * a tool that needs nothing of the client's own (no device of theirs, no account), and is
 * otherwise usable with help (partial points). 'no-access' fits only a tool that needs
 * nothing at all; one whose device the service brings gets the partial points. Each missing
 * prerequisite is a caveat. A skipped question gives no points and is left out of the points available.
 * What a tool requires is scored as stated even when it is a guess: sending a client without
 * a device to an app is the worse mistake, so the engine errs on the side of caution here.
 * The caveat then says it is a guess (`guessed`), never a fact.
 */
function accessFit(access: AccessAnswer, req: Tool['requires'], guessed: boolean): Fit {
  const needsNothing = req.device === 'none' && !req.internet && !req.account;
  const serviceBringsIt = !isOwnDevice(req.device) && !req.account;
  const full = SCORE_WEIGHTS.access;
  if (access === 'skipped')
    return { points: 0, fits: true, reasons: NONE, caveats: [{ code: 'access.unknown' }] };
  if (access === 'independent' || needsNothing || (access === 'needs-support' && serviceBringsIt)) {
    return { points: full, fits: true, reasons: [{ code: 'access.fits', access }], caveats: NONE };
  }
  if (access === 'needs-support') {
    const caveats: Reason[] = [{ code: 'access.needsSupport', device: req.device, guessed }];
    return { points: ASSISTED_ACCESS_POINTS, fits: true, reasons: NONE, caveats };
  }
  const caveats: Reason[] = [];
  if (req.device !== 'none') caveats.push({ code: 'access.requiresDevice', device: req.device, guessed });
  if (req.internet) caveats.push({ code: 'access.requiresInternet', guessed });
  if (req.account) caveats.push({ code: 'access.requiresAccount', guessed });
  const points = serviceBringsIt ? ASSISTED_ACCESS_POINTS : 0;
  return { points, fits: true, reasons: NONE, caveats };
}

const isProfessionalOnly = (audience: readonly string[]): boolean =>
  audience.length > 0 && audience.every((a) => a === 'professional');

interface Ranked {
  item: Recommendation;
  /** Unrounded points, for the order. */
  points: number;
  /** Which answers the tool meets, for the strict fit and relaxation. */
  meets: Record<RelaxableAnswer, boolean>;
}

/** Compares one tool that serves a selected need with the answers. */
function rankTool(answers: Answers, tool: Tool): Ranked {
  const needs = needsFit(answers, tool);
  const age = ageFit(answers, tool);
  const language = languageFit(answers, tool);
  const channels = channelFit(answers, tool);
  const access = accessFit(answers.access, tool.requires, isGuess(tool, 'requires'));

  const available = 100 - (answers.access === 'skipped' ? SCORE_WEIGHTS.access : 0);
  const points = needs.points + age.points + language.points + channels.points + access.points;
  return {
    points,
    meets: { ageGroup: age.fits, language: language.fits, channels: channels.fits },
    item: {
      toolId: tool.id,
      score: Math.round((100 * points) / available),
      group: isProfessionalOnly(tool.audience) ? 'professional' : 'client',
      withinReach: isWithinReach(answers.access, tool.requires),
      matchedNeeds: needs.matched,
      reasons: needs.reasons.concat(age.reasons, language.reasons, channels.reasons, access.reasons),
      caveats: age.caveats.concat(language.caveats, channels.caveats, access.caveats),
    },
  };
}

/** Rank order: tools within reach first, then more points, then tool id (code-unit order). */
function byRank(a: Ranked, b: Ranked): number {
  if (a.item.withinReach !== b.item.withinReach) return a.item.withinReach ? -1 : 1;
  if (a.points !== b.points) return b.points - a.points;
  return compareCodeUnits(a.item.toolId, b.item.toolId);
}

/** The shortest prefix of RELAXATION_ORDER after which some tool meets every answer left. */
function relaxationFor(ranked: readonly Ranked[]): RelaxableAnswer[] {
  for (let steps = 0; steps <= RELAXATION_ORDER.length; steps++) {
    const kept = RELAXATION_ORDER.slice(steps);
    if (ranked.some((r) => kept.every((answer) => r.meets[answer]))) return RELAXATION_ORDER.slice(0, steps);
  }
  return [];
}

/**
 * Ranks the catalogue for one client situation.
 *
 * Hard conditions decide whether and where a tool is listed:
 * - it is rankable (not discontinued or replaced) and serves at least one selected need;
 * - for a client without digital access, a tool needing their own device or an account comes
 *   after every tool within reach.
 * Soft preferences give the points (SCORE_WEIGHTS): a matching fact earns the weight, a
 * matching guess (a field in the tool's `inferred`) half of it, a guess that does not match
 * (unknown) a quarter, a fact that does not match nothing. Mismatches are caveats, never silent
 * drops. Order: within reach first, then points, then tool id, whatever the catalogue order.
 * When no tool meets every answer, answers are relaxed in RELAXATION_ORDER until one does and
 * `relaxed` says which; the list itself stays the same.
 */
export function recommend(answers: Answers, catalogue: readonly Tool[]): RecommendResult {
  const ranked: Ranked[] = [];
  for (const tool of catalogue) {
    if (servesANeed(answers, tool) && isRankable(tool)) ranked.push(rankTool(answers, tool));
  }
  ranked.sort(byRank);
  const items = ranked.map((r) => r.item);
  const byNeed: Partial<Record<NeedId, string[]>> = {};
  for (const need of answers.needs) {
    byNeed[need] = items.filter((item) => item.matchedNeeds.includes(need)).map((item) => item.toolId);
  }
  return {
    items,
    relaxed: ranked.length === 0 ? [] : relaxationFor(ranked),
    strictMatchCount: ranked.filter((r) => r.meets.ageGroup && r.meets.language && r.meets.channels).length,
    byNeed,
  };
}
