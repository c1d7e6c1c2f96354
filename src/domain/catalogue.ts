import { z } from 'zod';
import {
  AgeGroupId,
  AudienceId,
  ChannelId,
  DeviceId,
  IsoDate,
  KebabId,
  LocalizedText,
  NeedId,
  PlatformId,
  ProviderTypeId,
  ToolFlagId,
  ToolKindId,
  ToolLanguageId,
} from './taxonomy-schemas.ts';

const nonEmpty = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).min(1, `needs at least one ${what}`);

const noDuplicates = <T>(values: readonly T[]) => new Set(values).size === values.length;

const uniqueList = <T extends z.ZodType>(item: T, what: string) =>
  nonEmpty(item, what).refine(noDuplicates, `lists the same ${what} twice`);

/** Fields a data editor may mark as judged rather than stated by the source article. */
export const INFERABLE_FIELDS = [
  'needs',
  'ageGroups',
  'languages',
  'channels',
  'kind',
  'audience',
  'requires',
  'dataProcessing',
  'providerType',
  'flags',
] as const;

export const Tool = z.strictObject({
  id: KebabId,
  name: LocalizedText,
  summary: LocalizedText,
  /** The provider as Table 1 names it, translated where it is not a proper name. */
  provider: LocalizedText,
  providerType: ProviderTypeId,
  needs: uniqueList(NeedId, 'need'),
  ageGroups: uniqueList(AgeGroupId, 'age group'),
  /** Languages the tool itself is available in; "mul" for many (translation apps). */
  languages: uniqueList(ToolLanguageId, 'language'),
  channels: uniqueList(ChannelId, 'channel'),
  kind: ToolKindId,
  audience: uniqueList(AudienceId, 'audience'),
  requires: z.strictObject({
    device: DeviceId,
    account: z.boolean(),
    internet: z.boolean(),
  }),
  dataProcessing: z.strictObject({
    /** Set when the tool runs on a commercial platform the organisation does not control. */
    commercialPlatform: PlatformId.nullable(),
    note: LocalizedText,
  }),
  flags: z.array(ToolFlagId).refine(noDuplicates, 'lists the same flag twice').default([]),
  /** Named items inside the tool (e.g. the games of a list, the robots of a family). */
  includes: z.array(z.strictObject({ name: z.string().min(1), note: LocalizedText.optional() })).default([]),
  /** Only where the source article names the site; never invented. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  source: z.strictObject({
    table: z.literal('Table 1'),
    rows: uniqueList(NeedId, 'table row'),
    footnotes: z.array(z.int().min(1).max(22, 'Table 1 has footnotes 1-22')).default([]),
  }),
  inferred: z.array(z.enum(INFERABLE_FIELDS)).refine(noDuplicates, 'lists a field twice'),
  reviewed: IsoDate,
});
export type Tool = z.infer<typeof Tool>;
export type ToolInput = z.input<typeof Tool>;

export const ToolsFile = z.strictObject({
  schemaVersion: z.literal(1),
  tools: z.array(Tool),
});
export type ToolsFile = z.infer<typeof ToolsFile>;
