// zod/mini like every schema of the app: classic zod's methods weigh on every page that
// parses a data file (the results, practice and the catalogue).
import * as z from 'zod/mini';
import './zod-messages.ts';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  AUDIENCE_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  DEVICE_IDS,
  MULTILINGUAL,
  NEED_IDS,
  PLATFORM_IDS,
  PROVIDER_TYPE_IDS,
  TOOL_FLAG_IDS,
  TOOL_KIND_IDS,
  KEBAB_ID_PATTERN,
  UI_LANGUAGES,
} from './taxonomy.ts';
import type * as Ids from './taxonomy.ts';
import { distinct } from './schema-helpers.ts';

/**
 * zod schemas of the taxonomy ids and shared field types, for the data files. Messages are
 * for content editors, in plain words. The id types are those of taxonomy.ts; the list and
 * text helpers are in schema-helpers.ts.
 */
const enumWithMessage = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) =>
      typeof issue.input === 'string'
        ? `unknown ${what} "${issue.input}"`
        : `expected a ${what} id, got ${issue.input === undefined ? 'nothing' : typeof issue.input}`,
  });

export const NeedId = enumWithMessage(NEED_IDS, 'need');
export const AgeGroupId = enumWithMessage(AGE_GROUP_IDS, 'age group');
export const ChannelId = enumWithMessage(CHANNEL_IDS, 'channel');
export const AccessId = enumWithMessage(ACCESS_IDS, 'digital access');
export const ClientLanguageId = enumWithMessage(CLIENT_LANGUAGE_IDS, 'client language');
export const ToolLanguageId = enumWithMessage([...CLIENT_LANGUAGE_IDS, MULTILINGUAL], 'language');
export const UiLanguage = enumWithMessage(UI_LANGUAGES, 'UI language');
export const ProviderTypeId = enumWithMessage(PROVIDER_TYPE_IDS, 'provider type');
export const AudienceId = enumWithMessage(AUDIENCE_IDS, 'audience');
export const ToolKindId = enumWithMessage(TOOL_KIND_IDS, 'tool kind');
export const PlatformId = enumWithMessage(PLATFORM_IDS, 'platform');
export const ToolFlagId = enumWithMessage(TOOL_FLAG_IDS, 'tool flag');
export const DeviceId = enumWithMessage(DEVICE_IDS, 'device');

// The id types are taxonomy.ts's own; the same names here let `NeedId` be both schema and type.
export type NeedId = Ids.NeedId;
export type AgeGroupId = Ids.AgeGroupId;
export type ChannelId = Ids.ChannelId;
export type AccessId = Ids.AccessId;
export type ClientLanguageId = Ids.ClientLanguageId;
export type ToolLanguageId = Ids.ToolLanguageId;
export type UiLanguage = Ids.UiLanguage;
export type ProviderTypeId = Ids.ProviderTypeId;
export type AudienceId = Ids.AudienceId;
export type ToolKindId = Ids.ToolKindId;
export type PlatformId = Ids.PlatformId;
export type ToolFlagId = Ids.ToolFlagId;
export type DeviceId = Ids.DeviceId;

/** Text in each UI language (schema-helpers.ts's). Proper names may be identical in all three. */
export { LocalizedText } from './schema-helpers.ts';

/** A list of at least one item, none twice. */
export const uniqueList = <T extends z.ZodMiniType>(item: T, what: string) =>
  z
    .array(item)
    .check(z.minLength(1, `needs at least one ${what}`), z.refine(distinct, `lists the same ${what} twice`));

/** Kebab-case id: lower-case letters and digits separated by single hyphens. */
export const KebabId = z
  .string()
  .check(z.regex(KEBAB_ID_PATTERN, 'must be kebab-case (a-z, 0-9, single hyphens)'));

export const IsoDate = z.iso.date({ error: 'must be an ISO date (YYYY-MM-DD)' });
