import * as z from 'zod/mini';
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
  uniqueList,
  type UiLanguage,
} from './taxonomy-schemas.ts';
import { distinct as noDuplicates } from './schema-helpers.ts';

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
  'provider',
] as const;

export const STATUS_STATES = ['active', 'discontinued', 'replaced', 'unverified'] as const;
export type StatusState = (typeof STATUS_STATES)[number];

/** Today's date as YYYY-MM-DD (UTC); a `checked` date after it is refused. */
const today = () => new Date().toISOString().slice(0, 10);

/** A real calendar date (2026-02-30 is refused), not in the future. */
// The format check reports a malformed date; the refinements below then stay silent.
const isoShaped = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const CheckedDate = IsoDate.check(
  z.refine((value) => {
    if (!isoShaped(value)) return true;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'is not a real calendar date'),
  z.refine((value) => !isoShaped(value) || value <= today(), 'is in the future'),
);

const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });

/**
 * What someone found when they last checked the service. `active` and `replaced` need the
 * evidence; `discontinued` and `replaced` entries are never ranked; `unverified` ones are
 * ranked but shown with "verify before recommending".
 */
export const ToolStatus = z
  .strictObject({
    state: z.enum(STATUS_STATES, {
      error: (issue) => `unknown status "${String(issue.input)}" (one of ${STATUS_STATES.join(', ')})`,
    }),
    checked: CheckedDate,
    evidence: z.optional(HttpUrl),
    note: z.optional(LocalizedText),
    replacedBy: z.optional(KebabId),
  })
  .check((ctx) => {
    const status = ctx.value;
    if ((status.state === 'active' || status.state === 'replaced') && status.evidence === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: status,
        path: ['evidence'],
        message: `a "${status.state}" status needs an evidence address`,
      });
    }
  });
export type ToolStatus = z.infer<typeof ToolStatus>;

const Table1Source = z.strictObject({
  table: z.literal('Table 1'),
  rows: uniqueList(NeedId, 'table row'),
  footnotes: z._default(z.array(z.int().check(z.gte(1), z.lte(22, 'Table 1 has footnotes 1-22'))), []),
  /** The provider exactly as the article names it (provenance). */
  provider: LocalizedText,
});

/** A service not in the source article. */
const BeyondSource = z.strictObject({ table: z.literal('beyond') });

export const ToolSource = z.discriminatedUnion('table', [Table1Source, BeyondSource], {
  error: 'source.table must be "Table 1" or "beyond"',
});
export type ToolSource = z.infer<typeof ToolSource>;

export const Tool = z.strictObject({
  id: KebabId,
  name: LocalizedText,
  summary: LocalizedText,
  /** Who runs or offers the service today; the article's provider is in `source`. */
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
    commercialPlatform: z.nullable(PlatformId),
    note: LocalizedText,
  }),
  flags: z._default(z.array(ToolFlagId).check(z.refine(noDuplicates, 'lists the same flag twice')), []),
  /** Named items inside the tool (e.g. the games of a list, the robots of a family). */
  includes: z._default(
    z.array(z.strictObject({ name: z.string().check(z.minLength(1)), note: z.optional(LocalizedText) })),
    [],
  ),
  /** Only where the source article names the site; never invented. */
  url: z.optional(HttpUrl),
  source: ToolSource,
  inferred: z.array(z.enum(INFERABLE_FIELDS)).check(z.refine(noDuplicates, 'lists a field twice')),
  status: ToolStatus,
});
export type Tool = z.infer<typeof Tool>;
export type ToolInput = z.input<typeof Tool>;

/** Whether the entry came from Table 1 of the source article. */
export const isFromArticle = (tool: Tool): tool is Tool & { source: z.infer<typeof Table1Source> } =>
  tool.source.table === 'Table 1';

/** Table 1 need rows of the entry; none for a service beyond the article. */
export const sourceRows = (tool: Tool): readonly NeedId[] => (isFromArticle(tool) ? tool.source.rows : []);

/** Table 1 footnotes the entry cites; none for a service beyond the article. */
export const sourceFootnotes = (tool: Tool): readonly number[] =>
  isFromArticle(tool) ? tool.source.footnotes : [];

/**
 * The provider as the source article names it, in `lang`, when it differs there from who runs
 * the service today; undefined for a service beyond the article or one whose provider has not
 * changed. One language at a time: a page may have loaded the catalogue's text of its own
 * language only (catalogue-text.ts).
 */
export const articleProviderIfChanged = (tool: Tool, lang: UiLanguage): string | undefined => {
  if (!isFromArticle(tool)) return undefined;
  const then = tool.source.provider[lang];
  return then !== tool.provider[lang] ? then : undefined;
};

/** Discontinued and replaced entries are never ranked in recommendations or practice. */
export const isRankable = (tool: Pick<Tool, 'status'>): boolean =>
  tool.status.state === 'active' || tool.status.state === 'unverified';

export const ToolsFile = z.strictObject({
  schemaVersion: z.literal(2, { error: 'schemaVersion must be 2' }),
  tools: z.array(Tool),
});
export type ToolsFile = z.infer<typeof ToolsFile>;

/**
 * A correction in an overlay: the entry's id and the top-level fields that replace the core's
 * (each replaced whole: a new `status` is a complete status). The merged entry must pass Tool.
 */
const correctionShape = Object.fromEntries(
  Object.keys(Tool.shape)
    .filter((key) => key !== 'id')
    .map((key) => [key, z.optional(z.unknown())]),
) as Record<Exclude<keyof typeof Tool.shape, 'id'>, z.ZodMiniOptional<z.ZodMiniUnknown>>;

export const ToolCorrection = z.strictObject({
  id: KebabId,
  /** Why the deployment changes the entry (for its own editors; not shown in the app). */
  reason: z.optional(LocalizedText),
  ...correctionShape,
});
export type CorrectionInput = { id: string; reason?: unknown } & Record<string, unknown>;

/**
 * A deployment's own catalogue on top of the core (data/local/*.json): `hide` removes entries,
 * `correct` replaces fields of an entry, `add` adds whole entries. See docs/data.md.
 */
export const CatalogueOverlay = z.strictObject({
  schemaVersion: z.literal(2, { error: 'schemaVersion must be 2' }),
  /** Who keeps this overlay (for its editors; not shown in the app). */
  about: z.optional(z.string().check(z.minLength(1))),
  hide: z._default(z.array(z.strictObject({ id: KebabId, reason: z.optional(LocalizedText) })), []),
  correct: z._default(z.array(ToolCorrection), []),
  add: z._default(z.array(Tool), []),
});
export type CatalogueOverlay = z.infer<typeof CatalogueOverlay>;
