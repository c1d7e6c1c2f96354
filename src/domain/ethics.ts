import * as z from 'zod/mini';
import { ACCESS_IDS } from './taxonomy.ts';
import {
  AgeGroupId,
  AudienceId,
  ChannelId,
  ClientLanguageId,
  KebabId,
  LocalizedText,
  NeedId,
  PlatformId,
  ToolFlagId,
  ToolKindId,
  uniqueList,
} from './taxonomy-schemas.ts';
import { parseDataFile } from './data-errors.ts';
import { withChecks } from './schema-helpers.ts';

/**
 * The ethical-consideration rules: when a prompt is shown (a small declarative trigger
 * language over the answers and the tools under consideration) and what it asks.
 * The engine (src/engine/ethics.ts) evaluates the triggers; the UI renders the texts.
 */

export const ETHICS_RULES_FILE = 'data/ethics-rules.json';

/** A "must" is shown first and cannot be hidden; then "check", then "reflect". */
export const ETHICS_KINDS = ['must', 'check', 'reflect'] as const;
export const EthicsKind = z.enum(ETHICS_KINDS, {
  error: (issue) =>
    `must be one of ${ETHICS_KINDS.join(', ')}${typeof issue.input === 'string' ? `, not "${issue.input}"` : ''}`,
});
export type EthicsKind = z.infer<typeof EthicsKind>;

/** A non-empty list without repeats: an empty list would make a condition that never holds. */
const idList = uniqueList;

const mustBeTrue = z.literal(true, { error: 'must be true (leave the condition out instead of false)' });

/** The access answer as the wizard records it, with "skipped" for an unanswered question. */
const AccessCondition = z.enum([...ACCESS_IDS, 'skipped'], {
  error: (issue) =>
    typeof issue.input === 'string'
      ? `unknown digital access "${issue.input}" (use ${[...ACCESS_IDS, 'skipped'].join(', ')})`
      : 'expected a digital access id',
});

const unknownKeys = (what: string, allowed: readonly string[]) => (issue: z.core.$ZodRawIssue) =>
  issue.code === 'unrecognized_keys'
    ? `unknown ${what} ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${allowed.join(', ')})`
    : undefined;

const PlatformList = idList(PlatformId, 'platform');

const TOOL_CONDITION_KEYS = [
  'flagsAny',
  'commercialPlatform',
  'kindIn',
  'channelsAny',
  'audienceIn',
  'needsAny',
] as const;

/**
 * Holds for one tool when every listed part holds for that same tool. `commercialPlatform:
 * true` means any commercial platform; a list names the platforms.
 */
export const ToolCondition = z
  .strictObject(
    {
      flagsAny: z.optional(idList(ToolFlagId, 'flag')),
      commercialPlatform: z.optional(
        z.union([mustBeTrue, PlatformList], {
          // A failed union says only "Invalid input"; name the real reason instead.
          error: (issue) =>
            Array.isArray(issue.input)
              ? (PlatformList.safeParse(issue.input)
                  .error?.issues.map((i) => i.message)
                  .join('; ') ?? undefined)
              : 'must be true (any commercial platform) or a list of platform ids',
        }),
      ),
      kindIn: z.optional(idList(ToolKindId, 'tool kind')),
      channelsAny: z.optional(idList(ChannelId, 'channel')),
      audienceIn: z.optional(idList(AudienceId, 'audience')),
      needsAny: z.optional(idList(NeedId, 'need')),
    },
    { error: unknownKeys('tool condition', TOOL_CONDITION_KEYS) },
  )
  .check(
    z.refine((c) => TOOL_CONDITION_KEYS.some((k) => c[k] !== undefined), {
      message: `needs at least one of ${TOOL_CONDITION_KEYS.join(', ')}`,
    }),
  );
export type ToolCondition = z.infer<typeof ToolCondition>;

export const TRIGGER_KEYS = [
  'always',
  'all',
  'any',
  'ageGroupIn',
  'needsAny',
  'accessIn',
  'languageUnsupported',
  'languageIn',
  'languageNot',
  'toolAny',
] as const;
export type TriggerKey = (typeof TRIGGER_KEYS)[number];

/**
 * One condition per object, so that a rule reads the way it is evaluated:
 * - `always: true`
 * - `all: [...]` / `any: [...]`: every / at least one nested trigger holds
 * - `ageGroupIn`, `needsAny`, `accessIn`: the answers ("skipped" = access not answered)
 * - `languageUnsupported: true`: no considered tool is available in the client's language
 * - `languageIn: [...]`: the client's language is one of these
 * - `languageNot: [...]`: the client's language is none of these
 * - `toolAny: {...}`: at least one considered tool meets the tool condition
 * Recursion uses a getter (zod 4) rather than z.lazy; the nested list's type is named, as
 * TypeScript cannot infer it through the recursion.
 */
type NestedTriggers = z.ZodMiniOptional<z.ZodMiniArray<typeof TriggerObject>>;
const TriggerObject = z.strictObject(
  {
    always: z.optional(mustBeTrue),
    get all(): NestedTriggers {
      return z.optional(z.array(EthicsTrigger).check(z.minLength(1, 'needs at least one condition')));
    },
    get any(): NestedTriggers {
      return z.optional(z.array(EthicsTrigger).check(z.minLength(1, 'needs at least one condition')));
    },
    ageGroupIn: z.optional(idList(AgeGroupId, 'age group')),
    needsAny: z.optional(idList(NeedId, 'need')),
    accessIn: z.optional(idList(AccessCondition, 'digital access')),
    languageUnsupported: z.optional(mustBeTrue),
    languageIn: z.optional(idList(ClientLanguageId, 'client language')),
    languageNot: z.optional(idList(ClientLanguageId, 'client language')),
    toolAny: z.optional(ToolCondition),
  },
  { error: unknownKeys('condition', TRIGGER_KEYS) },
);
// zod/mini's `.check()` would read the getters above before EthicsTrigger exists.
export const EthicsTrigger: typeof TriggerObject = withChecks(
  TriggerObject,
  z.superRefine((trigger, ctx) => {
    const present = TRIGGER_KEYS.filter((k) => trigger[k] !== undefined);
    if (present.length === 0) {
      ctx.addIssue({ code: 'custom', message: `needs one condition: ${TRIGGER_KEYS.join(', ')}` });
    } else if (present.length > 1) {
      ctx.addIssue({
        code: 'custom',
        message: `has ${present.join(' and ')}; give one condition per object and combine them with "all" or "any"`,
      });
    }
  }),
);
export type EthicsTrigger = z.infer<typeof EthicsTrigger>;

const question = LocalizedText.check(
  z.superRefine((text, ctx) => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      if (!text[lang].trim().endsWith('?')) {
        ctx.addIssue({
          code: 'custom',
          path: [lang],
          message: 'must be a question to the practitioner (end with "?")',
        });
      }
    }
  }),
);

/**
 * What a source is, in the order the sources of a rule are listed: Finnish law first, then
 * EU law, Talentia's guidelines, the source article, and international codes last.
 */
export const SOURCE_KINDS = ['law', 'eu-law', 'guideline', 'article', 'international'] as const;
export const SourceKind = z.enum(SOURCE_KINDS, {
  error: (issue) =>
    `must be one of ${SOURCE_KINDS.join(', ')}${typeof issue.input === 'string' ? `, not "${issue.input}"` : ''}`,
});
export type SourceKind = z.infer<typeof SourceKind>;

/** A page counts as Finlex when it is on finlex.fi (any language version) or data.finlex.fi. */
export const isFinlexUrl = (url: string): boolean => /^https:\/\/((www|data)\.)?finlex\.fi\//.test(url);

/** A calendar date as YYYY-MM-DD that exists (no 31 June). */
const IsoDate = z.string().check(
  z.superRefine((d, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) {
      ctx.addIssue({ code: 'custom', message: 'must be a date as YYYY-MM-DD' });
      return;
    }
    const date = new Date(`${d}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== d) {
      ctx.addIssue({ code: 'custom', message: 'is not a calendar date' });
    }
  }),
);

const httpsUrl = (what: string) => z.url({ protocol: /^https$/, error: `must be the https address ${what}` });

/** The section as cited: "25 §", "53 e §", "16–17 §", "53 e–53 f §". */
export const SECTION_PATTERN = /^\d+( [a-z])?(–\d+( [a-z])?)? §$/;

const SECTION_KEYS = ['ref', 'checked', 'seenOn'] as const;

/**
 * A cited section and how far it was verified. Exactly one of:
 * - `checked`: its text was read on Finlex (`on` a finlex.fi page) on `date`;
 * - `seenOn`: a public authority's, municipality's, wellbeing county's or Parliament's page
 *   named the section with the content the rule relies on, but the text was not read on
 *   Finlex. The UI marks such a section "not checked on Finlex"; a reviewer with Finlex
 *   access confirms it and moves it to `checked`.
 */
export const LawSection = z
  .strictObject(
    {
      ref: z.string().check(z.regex(SECTION_PATTERN, 'must read like "25 §", "53 e §" or "16–17 §"')),
      checked: z.optional(
        z.strictObject({
          on: httpsUrl('of the Finlex page where the section was read').check(
            z.refine(isFinlexUrl, {
              message: 'must be a finlex.fi page (a section seen elsewhere goes in seenOn)',
            }),
          ),
          date: IsoDate,
        }),
      ),
      seenOn: z.optional(
        z.strictObject({
          url: httpsUrl('of the page that names the section').check(
            z.refine((url) => !isFinlexUrl(url), {
              message: 'is a Finlex page: a section read on Finlex goes in checked',
            }),
          ),
          date: IsoDate,
        }),
      ),
    },
    { error: unknownKeys('section field', SECTION_KEYS) },
  )
  .check(
    z.superRefine((section, ctx) => {
      if (section.checked && section.seenOn) {
        ctx.addIssue({
          code: 'custom',
          message:
            'has both checked and seenOn: give checked once the section was read on Finlex, else seenOn',
        });
      } else if (!section.checked && !section.seenOn) {
        ctx.addIssue({
          code: 'custom',
          message:
            'needs checked (read on Finlex) or seenOn (named by a public page, not yet checked on Finlex)',
        });
      }
    }),
  );
export type LawSection = z.infer<typeof LawSection>;

/** True when the section was only named by a secondary page, not read on Finlex. */
export const isSectionUnchecked = (section: LawSection | undefined): boolean =>
  section !== undefined && section.seenOn !== undefined;

/**
 * A Finnish act as cited: its number, the page where the act (its number and title) was
 * checked, and the section when one is cited, with how far the section was verified.
 */
export const LawReference = z.strictObject({
  number: z.string().check(z.regex(/^\d{1,4}\/\d{4}$/, 'must be the act number as NNN/YYYY')),
  checked: httpsUrl('where the act was checked'),
  section: z.optional(LawSection),
});
export type LawReference = z.infer<typeof LawReference>;

/**
 * One source of a rule, in every UI language (titles stay as cited, descriptions are
 * translated), with its kind; a Finnish act also carries its number and where it was checked.
 */
export const EthicsSource = z
  .strictObject({
    kind: SourceKind,
    law: z.optional(LawReference),
    fi: LocalizedText.shape.fi,
    sv: LocalizedText.shape.sv,
    en: LocalizedText.shape.en,
  })
  .check(
    z.superRefine((source, ctx) => {
      if (source.kind === 'law' && source.law === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['law'],
          message: 'is required for a Finnish act (kind "law")',
        });
      }
      if (source.kind !== 'law' && source.law !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['law'], message: 'is only for a Finnish act (kind "law")' });
      }
      if (source.law) {
        for (const lang of ['fi', 'sv', 'en'] as const) {
          if (!source[lang].includes(`(${source.law.number})`)) {
            ctx.addIssue({
              code: 'custom',
              path: [lang],
              message: `must name the act number (${source.law.number})`,
            });
          }
          const cites = /§|section/i.test(source[lang]);
          const section = source.law.section?.ref;
          if (section !== undefined && !source[lang].includes(section.replace(' §', ''))) {
            ctx.addIssue({
              code: 'custom',
              path: [lang],
              message: `must name the section (${section})`,
            });
          } else if (section === undefined && cites) {
            ctx.addIssue({
              code: 'custom',
              path: [lang],
              message: 'cites a section that law.section does not give',
            });
          }
        }
      }
    }),
  );
export type EthicsSource = z.infer<typeof EthicsSource>;

const SOURCE_RANK: Record<SourceKind, number> = {
  law: 0,
  'eu-law': 1,
  guideline: 2,
  article: 3,
  international: 4,
};

export const EthicsRule = z.strictObject({
  id: KebabId,
  kind: EthicsKind,
  trigger: EthicsTrigger,
  /** A short question addressed to the practitioner. */
  prompt: question,
  /** One line on why the question matters. */
  why: LocalizedText,
  /**
   * The law, guideline, article concern or principle the rule rests on, Finnish law first.
   */
  source: z.array(EthicsSource).check(
    z.minLength(1, 'needs at least one source'),
    z.refine(
      (sources) =>
        sources.every((s, i) => i === 0 || SOURCE_RANK[sources[i - 1]!.kind] <= SOURCE_RANK[s.kind]),
      {
        message: `lists its sources out of order (${SOURCE_KINDS.join(', ')})`,
      },
    ),
  ),
});
export type EthicsRule = z.infer<typeof EthicsRule>;

export const EthicsRulesFile = z
  .strictObject({
    schemaVersion: z.literal(2, { error: 'must be 2' }),
    rules: z.array(EthicsRule).check(z.minLength(1, 'needs at least one rule')),
  })
  .check(
    z.superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.rules.forEach((rule, i) => {
        if (seen.has(rule.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', i, 'id'],
            message: 'id is used by more than one rule',
          });
        }
        seen.add(rule.id);
      });
    }),
  );
export type EthicsRulesFile = z.infer<typeof EthicsRulesFile>;

/** Parses the rules file; throws DataFileError naming file, rule id, field and reason. */
export function parseEthicsRules(raw: unknown): EthicsRule[] {
  return parseDataFile(ETHICS_RULES_FILE, EthicsRulesFile, raw).rules;
}
