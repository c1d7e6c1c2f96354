import { z } from 'zod';
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

/**
 * zod schemas of the taxonomy ids and shared field types, for the data files. Messages are
 * for content editors, in plain words.
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

export type NeedId = z.infer<typeof NeedId>;
export type AgeGroupId = z.infer<typeof AgeGroupId>;
export type ChannelId = z.infer<typeof ChannelId>;
export type AccessId = z.infer<typeof AccessId>;
export type ClientLanguageId = z.infer<typeof ClientLanguageId>;
export type ToolLanguageId = z.infer<typeof ToolLanguageId>;
export type UiLanguage = z.infer<typeof UiLanguage>;
export type ProviderTypeId = z.infer<typeof ProviderTypeId>;
export type AudienceId = z.infer<typeof AudienceId>;
export type ToolKindId = z.infer<typeof ToolKindId>;
export type PlatformId = z.infer<typeof PlatformId>;
export type ToolFlagId = z.infer<typeof ToolFlagId>;
export type DeviceId = z.infer<typeof DeviceId>;

// A content editor reads these messages, so a missing translation says so in plain words.
const textIn = (language: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${language} text is missing`
          : `${language} text must be a string, got ${typeof issue.input}`,
    })
    .trim()
    .min(1, `${language} text is empty`);

/** Text in each UI language. Proper names may be identical in all three. */
export const LocalizedText = z.strictObject({
  fi: textIn('Finnish'),
  sv: textIn('Swedish'),
  en: textIn('English'),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Kebab-case id: lower-case letters and digits separated by single hyphens. */
export const KebabId = z.string().regex(KEBAB_ID_PATTERN, 'must be kebab-case (a-z, 0-9, single hyphens)');

export const IsoDate = z.iso.date({ error: 'must be an ISO date (YYYY-MM-DD)' });
