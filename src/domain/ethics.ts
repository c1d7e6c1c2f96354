import { z } from 'zod';
import ethicsRulesJson from '../../data/ethics-rules.json';
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
} from './taxonomy-schemas.ts';
import { parseDataFile } from './data-errors.ts';

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

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** A non-empty list without repeats: an empty list would make a condition that never holds. */
const idList = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).min(1, `needs at least one ${what}`).refine(unique, `lists the same ${what} twice`);

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
      flagsAny: idList(ToolFlagId, 'flag').optional(),
      commercialPlatform: z
        .union([mustBeTrue, PlatformList], {
          // A failed union says only "Invalid input"; name the real reason instead.
          error: (issue) =>
            Array.isArray(issue.input)
              ? (PlatformList.safeParse(issue.input)
                  .error?.issues.map((i) => i.message)
                  .join('; ') ?? undefined)
              : 'must be true (any commercial platform) or a list of platform ids',
        })
        .optional(),
      kindIn: idList(ToolKindId, 'tool kind').optional(),
      channelsAny: idList(ChannelId, 'channel').optional(),
      audienceIn: idList(AudienceId, 'audience').optional(),
      needsAny: idList(NeedId, 'need').optional(),
    },
    { error: unknownKeys('tool condition', TOOL_CONDITION_KEYS) },
  )
  .refine((c) => TOOL_CONDITION_KEYS.some((k) => c[k] !== undefined), {
    message: `needs at least one of ${TOOL_CONDITION_KEYS.join(', ')}`,
  });
export type ToolCondition = z.infer<typeof ToolCondition>;

export const TRIGGER_KEYS = [
  'always',
  'all',
  'any',
  'ageGroupIn',
  'needsAny',
  'accessIn',
  'languageUnsupported',
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
 * - `languageNot: [...]`: the client's language is none of these
 * - `toolAny: {...}`: at least one considered tool meets the tool condition
 * Recursion uses a getter (zod 4) rather than z.lazy so that the type is inferred, not
 * written twice.
 */
export const EthicsTrigger = z
  .strictObject(
    {
      always: mustBeTrue.optional(),
      get all() {
        return z.array(EthicsTrigger).min(1, 'needs at least one condition').optional();
      },
      get any() {
        return z.array(EthicsTrigger).min(1, 'needs at least one condition').optional();
      },
      ageGroupIn: idList(AgeGroupId, 'age group').optional(),
      needsAny: idList(NeedId, 'need').optional(),
      accessIn: idList(AccessCondition, 'digital access').optional(),
      languageUnsupported: mustBeTrue.optional(),
      languageNot: idList(ClientLanguageId, 'client language').optional(),
      toolAny: ToolCondition.optional(),
    },
    { error: unknownKeys('condition', TRIGGER_KEYS) },
  )
  .superRefine((trigger, ctx) => {
    const present = TRIGGER_KEYS.filter((k) => trigger[k] !== undefined);
    if (present.length === 0) {
      ctx.addIssue({ code: 'custom', message: `needs one condition: ${TRIGGER_KEYS.join(', ')}` });
    } else if (present.length > 1) {
      ctx.addIssue({
        code: 'custom',
        message: `has ${present.join(' and ')}; give one condition per object and combine them with "all" or "any"`,
      });
    }
  });
export type EthicsTrigger = z.infer<typeof EthicsTrigger>;

const question = LocalizedText.superRefine((text, ctx) => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    if (!text[lang].trim().endsWith('?')) {
      ctx.addIssue({
        code: 'custom',
        path: [lang],
        message: 'must be a question to the practitioner (end with "?")',
      });
    }
  }
});

export const EthicsRule = z.strictObject({
  id: KebabId,
  kind: EthicsKind,
  trigger: EthicsTrigger,
  /** A short question addressed to the practitioner. */
  prompt: question,
  /** One line on why the question matters. */
  why: LocalizedText,
  /**
   * The concern of the source article or the ethical principle the rule rests on, in each UI
   * language: document titles stay as they are cited, the descriptive part is translated.
   */
  source: z.array(LocalizedText).min(1, 'needs at least one source'),
});
export type EthicsRule = z.infer<typeof EthicsRule>;

export const EthicsRulesFile = z
  .strictObject({
    schemaVersion: z.literal(1, { error: 'must be 1' }),
    rules: z.array(EthicsRule).min(1, 'needs at least one rule'),
  })
  .superRefine((file, ctx) => {
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
  });
export type EthicsRulesFile = z.infer<typeof EthicsRulesFile>;

/** Parses the rules file; throws DataFileError naming file, rule id, field and reason. */
export function parseEthicsRules(raw: unknown): EthicsRule[] {
  return parseDataFile(ETHICS_RULES_FILE, EthicsRulesFile, raw).rules;
}

/** The bundled rules, parsed once when the module loads. */
export const ethicsRules: readonly EthicsRule[] = parseEthicsRules(ethicsRulesJson);

/** The bundled rules by id, built once. */
export const rulesById: ReadonlyMap<string, EthicsRule> = new Map(ethicsRules.map((rule) => [rule.id, rule]));
