import { z } from 'zod';

/**
 * Stable taxonomy ids. The share link, stored answers, data files and tests all depend on
 * these exact strings, so they are append-only: never rename or reuse an id.
 */

/** The 19 need rows of Table 1 of the source article, in the table's order. */
export const NEED_IDS = [
  'child-protection',
  'family-work',
  'financial-social-work',
  'separation-support',
  'youth',
  'criminal-sanctions',
  'psychiatric-rehabilitation',
  'social-rehabilitation',
  'disability-services',
  'immigrants',
  'addiction',
  'mental-wellbeing',
  'foster-family-work',
  'community-work',
  'social-emergency',
  'service-guidance',
  'benefit-applicants',
  'older-people',
  'structural-social-work',
] as const;

export const AGE_GROUP_IDS = ['child', 'teen', 'young-adult', 'adult', 'older-adult'] as const;

export const CHANNEL_IDS = [
  'chat',
  'video',
  'phone',
  'mobile-app',
  'game',
  'web',
  'social-media',
  'assistive-device',
] as const;

export const ACCESS_IDS = ['independent', 'needs-support', 'no-access'] as const;

/**
 * Client languages offered by the wizard (ISO 639-1 where one exists, else ISO 639-3).
 * The first four are the national and Sami languages shown first; the rest are languages
 * common among clients in Finland, in the order the wizard lists them.
 */
export const CLIENT_LANGUAGE_IDS = [
  'fi',
  'sv',
  'en',
  'se',
  'ru',
  'et',
  'ar',
  'so',
  'fa',
  'ckb',
  'kmr',
  'uk',
  'sq',
  'vi',
  'zh',
  'th',
  'tr',
  'ti',
  'pl',
  'es',
  'fr',
  'de',
  'fse',
  'fss',
] as const;

/** The languages shown as the first, primary choices of the language step. */
export const PRIMARY_CLIENT_LANGUAGE_IDS = ['fi', 'sv', 'en', 'se'] as const;

/** "mul": a tool that works in many languages (e.g. translation apps). Only for tools. */
export const MULTILINGUAL = 'mul' as const;

export const UI_LANGUAGES = ['fi', 'sv', 'en'] as const;

export const PROVIDER_TYPE_IDS = ['municipality', 'ngo', 'state', 'company'] as const;

export const AUDIENCE_IDS = ['client', 'family', 'professional'] as const;

export const TOOL_KIND_IDS = [
  'peer-support',
  'self-assessment',
  'counselling',
  'learning-game',
  'self-help',
  'e-service',
  'remote-rehabilitation',
  'assistive-technology',
  'robotics',
  'communication-platform',
  'translation',
  'knowledge-base',
  'training',
  'information',
  'reporting-channel',
  'planning-tool',
] as const;

/** Commercial platforms whose data processing the practitioner must weigh. */
export const PLATFORM_IDS = [
  'whatsapp',
  'discord',
  'google-docs',
  'trello',
  'wickr',
  'teams',
  'zoom',
  'microsoft-translator',
  'google-translate',
  'todoist',
  'social-media',
  'other-commercial',
] as const;

/**
 * Facts about how a tool works that the ethics rules react to. They describe the tool,
 * never the client.
 */
export const TOOL_FLAG_IDS = [
  'automated-decision',
  'machine-translation',
  'peer-group',
  'self-test',
  'robot',
  'video-in-home',
  'video-in-institution',
  'anonymous',
  'records-client-data',
  'age-limit',
] as const;

export const DEVICE_IDS = ['none', 'any', 'smartphone', 'computer', 'special-device'] as const;

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
export const KebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

export const IsoDate = z.iso.date({ error: 'must be an ISO date (YYYY-MM-DD)' });
