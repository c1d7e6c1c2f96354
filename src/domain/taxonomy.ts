/**
 * Stable taxonomy ids, as plain constants: no schema library here, so the first screen can
 * use them without loading the data-file schemas (those are in taxonomy-schemas.ts).
 *
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

export type NeedId = (typeof NEED_IDS)[number];
export type AgeGroupId = (typeof AGE_GROUP_IDS)[number];
export type ChannelId = (typeof CHANNEL_IDS)[number];
export type AccessId = (typeof ACCESS_IDS)[number];
export type ClientLanguageId = (typeof CLIENT_LANGUAGE_IDS)[number];
export type ToolLanguageId = ClientLanguageId | typeof MULTILINGUAL;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type ProviderTypeId = (typeof PROVIDER_TYPE_IDS)[number];
export type AudienceId = (typeof AUDIENCE_IDS)[number];
export type ToolKindId = (typeof TOOL_KIND_IDS)[number];
export type PlatformId = (typeof PLATFORM_IDS)[number];
export type ToolFlagId = (typeof TOOL_FLAG_IDS)[number];
export type DeviceId = (typeof DEVICE_IDS)[number];

/** Text in each UI language (schema: LocalizedText in schema-helpers.ts). */
export type { LocalizedText } from './schema-helpers.ts';

/** Kebab-case id: lower-case letters and digits separated by single hyphens. */
export const KEBAB_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
