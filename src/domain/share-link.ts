import type { AccessAnswer, ChannelsAnswer, PartialAnswers } from './answers.ts';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  KEBAB_ID_PATTERN,
  NEED_IDS,
  UI_LANGUAGES,
  type AgeGroupId,
  type ChannelId,
  type ClientLanguageId,
  type NeedId,
  type UiLanguage,
} from './taxonomy.ts';

/*
 * The share link: the answers as query parameters, so a practitioner can bookmark or pass on
 * a situation without anything leaving the device except what they choose to send. The
 * format is fixed (bookmarks outlive releases); see docs/decisions/0005-share-link-and-storage.md.
 *
 *   ?needs=<need>,<need>&age=<age group>&lang=<ISO 639>&channels=<channel>,...|any
 *    &access=independent|needs-support|no-access|skipped&ui=fi|sv|en
 *
 * `mode` and `case` (formerly `scenario`, still read; `case` wins) belong to the practice
 * flow: read here, never reported as dropped.
 */

/** Answer and UI parameters, in the order the encoder writes them. */
export const SHARE_PARAMS = ['needs', 'age', 'lang', 'channels', 'access', 'ui'] as const;
/** Parameters of other parts of the app, passed through and never reported as dropped. */
export const PASS_THROUGH_PARAMS = ['mode', 'scenario', 'case'] as const;

/** Longer values are not read at all. Generous: the longest clean `needs` list is ~330 chars. */
export const MAX_VALUE_LENGTH = 1000;
/** A `value` in a notice is cut to this many UTF-16 units so a huge value cannot flood it. */
export const MAX_NOTICE_VALUE_LENGTH = 40;
/** List items read per parameter: one per taxonomy id (+ 'any' for channels); the rest is too long. */
export const MAX_NEEDS_ITEMS = NEED_IDS.length;
export const MAX_CHANNEL_ITEMS = CHANNEL_IDS.length + 1;
/**
 * A query longer than this is not read at all (`tooLong`): a clean link is under 700
 * characters, so a longer one was damaged or built to flood the app.
 */
export const MAX_QUERY_LENGTH = 4000;
/** At most this many dropped values are listed; the notice must stay readable. */
export const MAX_DROPPED_LISTED = 20;
/** Longest practice scenario id passed through. */
const MAX_SCENARIO_LENGTH = 100;

export type DropReason = 'unknown' | 'duplicate' | 'too-long' | 'empty' | 'repeated-param' | 'unknown-param';

/** A part of the link that was not used. Codes, not prose: the UI translates them. */
export interface DroppedValue {
  /** The parameter name (cut like `value` when the parameter is unknown). */
  param: string;
  /** The offending value or list item, at most MAX_NOTICE_VALUE_LENGTH units. */
  value: string;
  reason: DropReason;
}

export interface DecodedShareQuery {
  /** Only known ids; always passes sanitizeAnswers unchanged. Lists in taxonomy order. */
  answers: PartialAnswers;
  ui?: UiLanguage;
  mode?: 'practice';
  /** A kebab-case scenario id; whether it exists is the practice flow's business. */
  scenario?: string;
  /** What was not used, in link order (the first MAX_DROPPED_LISTED). Empty iff the link was a clean encoding. */
  dropped: DroppedValue[];
  /** True when at least one answer was read. */
  hasAnswers: boolean;
  /** True when the query was longer than MAX_QUERY_LENGTH and nothing of it was read. */
  tooLong: boolean;
}

const includes = <T extends string>(ids: readonly T[], value: string): value is T =>
  (ids as readonly string[]).includes(value);

/** Ids of `ids` present in `chosen`, in taxonomy order, each once. */
const inTaxonomyOrder = <T extends string>(ids: readonly T[], chosen: readonly string[]): T[] => {
  const set = new Set(chosen);
  return ids.filter((id) => set.has(id));
};

/**
 * Builds the query string of a share link: '' when nothing is answered, else '?...'.
 * Parameters in a fixed order, list ids in taxonomy order and commas left readable. Ids that
 * are not in the taxonomy are never written, so the output always decodes cleanly.
 */
export function encodeShareQuery(answers: PartialAnswers, ui?: UiLanguage): string {
  const parts: string[] = [];
  const add = (param: string, ids: readonly string[]) => {
    if (ids.length > 0) parts.push(`${param}=${ids.map(encodeURIComponent).join(',')}`);
  };
  const one = <T extends string>(ids: readonly T[], value: string | undefined) =>
    value !== undefined && includes(ids, value) ? [value] : [];

  add('needs', inTaxonomyOrder(NEED_IDS, answers.needs ?? []));
  add('age', one(AGE_GROUP_IDS, answers.ageGroup));
  add('lang', one(CLIENT_LANGUAGE_IDS, answers.language));
  const channels = answers.channels;
  add('channels', channels === 'any' ? ['any'] : inTaxonomyOrder(CHANNEL_IDS, channels ?? []));
  add('access', one([...ACCESS_IDS, 'skipped'], answers.access));
  add('ui', one(UI_LANGUAGES, ui));
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Cuts a value for a notice without splitting a surrogate pair. */
export function noticeValue(value: string): string {
  if (value.length <= MAX_NOTICE_VALUE_LENGTH) return value;
  let end = MAX_NOTICE_VALUE_LENGTH - 1;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}…`;
}

type Drop = (value: string, reason: DropReason) => void;

/** Reads one id; anything else (markup, quotes, other scripts) is simply an unknown id. */
const readOne = <T extends string>(ids: readonly T[], value: string, drop: Drop): T | undefined => {
  if (includes(ids, value)) return value;
  drop(value, 'unknown');
  return undefined;
};

/**
 * Reads a comma-separated list: unknown items are dropped, repeated ids collapse, items past
 * `maxItems` are dropped together as too long. `extra` is a token allowed besides the ids
 * ('any' for channels). Returns the kept ids in taxonomy order and whether `extra` was seen.
 */
const readList = <T extends string>(
  ids: readonly T[],
  value: string,
  maxItems: number,
  drop: Drop,
  extra?: string,
): { ids: T[]; extraAt: string | undefined } => {
  const items = value.split(',');
  if (items.length > maxItems) drop(items.slice(maxItems).join(','), 'too-long');
  const seen = new Set<string>();
  const kept: T[] = [];
  let extraAt: string | undefined;
  for (const item of items.slice(0, maxItems)) {
    if (item === '') drop(item, 'empty');
    else if (seen.has(item)) drop(item, 'duplicate');
    else if (item === extra) {
      seen.add(item);
      extraAt = item;
    } else if (includes(ids, item)) {
      seen.add(item);
      kept.push(item);
    } else drop(item, 'unknown');
  }
  return { ids: inTaxonomyOrder(ids, kept), extraAt };
};

/**
 * Reads the query string (or parsed parameters) of a share link. Never throws: what cannot
 * be used is reported in `dropped` and the rest is kept, so a damaged link still opens.
 * Repeated parameters: the first wins. Malformed percent-encoding is left literal by
 * URLSearchParams (WHATWG), so it arrives here as an unknown id rather than an error.
 */
export function decodeShareQuery(search: string | URLSearchParams): DecodedShareQuery {
  const answers: PartialAnswers = {};
  const result: DecodedShareQuery = { answers, dropped: [], hasAnswers: false, tooLong: false };
  // The limit is on the query itself: a leading "?" (as in location.search) does not count,
  // so a query reads the same as a string and as parsed parameters.
  const query = String(search);
  if (query.length - (query.startsWith('?') ? 1 : 0) > MAX_QUERY_LENGTH) {
    result.tooLong = true;
    return result;
  }
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const seen = new Set<string>();

  for (const [param, value] of params) {
    const drop: Drop = (v, reason) => result.dropped.push({ param, value: noticeValue(v), reason });
    if (includes(PASS_THROUGH_PARAMS, param)) {
      if (seen.has(param)) continue;
      seen.add(param);
      if (param === 'mode' && value === 'practice') result.mode = 'practice';
      const caseId = value.length <= MAX_SCENARIO_LENGTH && KEBAB_ID_PATTERN.test(value) ? value : undefined;
      if (param === 'case' && caseId !== undefined) result.scenario = caseId;
      if (param === 'scenario' && caseId !== undefined && !seen.has('case')) result.scenario = caseId;
      continue;
    }
    if (!includes(SHARE_PARAMS, param)) {
      result.dropped.push({ param: noticeValue(param), value: noticeValue(value), reason: 'unknown-param' });
      continue;
    }
    if (seen.has(param)) {
      drop(value, 'repeated-param');
      continue;
    }
    seen.add(param);
    if (value.length > MAX_VALUE_LENGTH) {
      drop(value, 'too-long');
      continue;
    }
    if (value === '') {
      drop(value, 'empty');
      continue;
    }
    switch (param) {
      case 'needs': {
        const { ids } = readList<NeedId>(NEED_IDS, value, MAX_NEEDS_ITEMS, drop);
        if (ids.length > 0) answers.needs = ids;
        break;
      }
      case 'age': {
        const id = readOne<AgeGroupId>(AGE_GROUP_IDS, value, drop);
        if (id !== undefined) answers.ageGroup = id;
        break;
      }
      case 'lang': {
        const id = readOne<ClientLanguageId>(CLIENT_LANGUAGE_IDS, value, drop);
        if (id !== undefined) answers.language = id;
        break;
      }
      case 'channels': {
        const { ids, extraAt } = readList<ChannelId>(CHANNEL_IDS, value, MAX_CHANNEL_ITEMS, drop, 'any');
        // 'any' beside real channels contradicts them; the concrete choice is the safer reading.
        if (ids.length > 0 && extraAt !== undefined) drop(extraAt, 'unknown');
        const channels: ChannelsAnswer | undefined =
          ids.length > 0 ? ids : extraAt !== undefined ? 'any' : undefined;
        if (channels !== undefined) answers.channels = channels;
        break;
      }
      case 'access': {
        const id = readOne<AccessAnswer>([...ACCESS_IDS, 'skipped'], value, drop);
        if (id !== undefined) answers.access = id;
        break;
      }
      case 'ui': {
        const id = readOne<UiLanguage>(UI_LANGUAGES, value, drop);
        if (id !== undefined) result.ui = id;
        break;
      }
    }
  }
  result.hasAnswers = Object.keys(answers).length > 0;
  result.dropped = result.dropped.slice(0, MAX_DROPPED_LISTED);
  return result;
}

/**
 * The address of practice mode: `?mode=practice`, the open case (`&case=<id>`) and the UI
 * language, so a reload or a passed-on link opens the same case in the same language.
 */
export function encodePracticeQuery(caseId: string | undefined, ui?: UiLanguage): string {
  const params = new URLSearchParams({ mode: 'practice' });
  if (caseId !== undefined && caseId.length <= MAX_SCENARIO_LENGTH && KEBAB_ID_PATTERN.test(caseId)) {
    params.set('case', caseId);
  }
  if (ui !== undefined) params.set('ui', ui);
  return `?${params.toString()}`;
}
