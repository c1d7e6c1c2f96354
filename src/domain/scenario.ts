import * as z from 'zod/mini';
import type { Answers } from './answers.ts';
import { DataFileError, parseDataFile } from './data-errors.ts';
import {
  AccessId,
  AgeGroupId,
  ChannelId,
  ClientLanguageId,
  KebabId,
  LocalizedText,
  NeedId,
  uniqueList,
} from './taxonomy-schemas.ts';
import { invalid } from './validation.ts';
import { distinct as noDuplicates } from './schema-helpers.ts';

export const SCENARIOS_FILE = 'data/scenarios.json';

/**
 * The practice answer "no digital tool now, human contact first". It is picked and listed like
 * a tool id but names no catalogue entry; in a human-contact-first case it earns full credit.
 */
export const NO_DIGITAL_TOOL = 'no-digital-tool-now';

/** How many tools a student may pick in practice mode; the expert picks as many or fewer. */
export const MAX_PRACTICE_TOOLS = 3;

/** One expert answer to a wizard question, with the reason a teacher would give for it. */
const expertAnswer = <T extends z.ZodMiniType>(value: T) =>
  z.strictObject({ value, rationale: LocalizedText });

/**
 * The expert's answer to each wizard question. The values have the same types as `Answers`
 * (checked below) but use the taxonomy schemas, whose messages speak to a data editor
 * rather than the form's i18n keys.
 */
export const ExpertAnswers = z.strictObject({
  needs: expertAnswer(uniqueList(NeedId, 'need')),
  ageGroup: expertAnswer(AgeGroupId),
  language: expertAnswer(ClientLanguageId),
  channels: expertAnswer(z.union([z.literal('any'), uniqueList(ChannelId, 'channel')])),
  access: expertAnswer(z.union([AccessId, z.literal('skipped')])),
});
export type ExpertAnswers = z.infer<typeof ExpertAnswers>;

/** The expert answers as plain `Answers` (the assignment is the compile-time check). */
export function expertAnswerValues(expert: ExpertAnswers): Answers {
  return {
    needs: expert.needs.value,
    ageGroup: expert.ageGroup.value,
    language: expert.language.value,
    channels: expert.channels.value,
    access: expert.access.value,
  };
}

/** A catalogue id (data/tools.json) or ethics rule id (data/ethics-rules.json) with a rationale. */
export const ExpertChoice = z.strictObject({ id: KebabId, rationale: LocalizedText });
export type ExpertChoice = z.infer<typeof ExpertChoice>;

const uniqueIds = (choices: readonly ExpertChoice[]) => noDuplicates(choices.map((c) => c.id));

export const Scenario = z
  .strictObject({
    id: KebabId,
    title: LocalizedText,
    /** A short fictional case; no real persons. */
    vignette: LocalizedText,
    expertAnswers: ExpertAnswers,
    expertTools: z
      .array(ExpertChoice)
      .check(
        z.minLength(1, 'needs at least one expert tool'),
        z.maxLength(
          MAX_PRACTICE_TOOLS,
          `has more than ${MAX_PRACTICE_TOOLS} expert tools (a student may pick only ${MAX_PRACTICE_TOOLS})`,
        ),
        z.refine(uniqueIds, 'lists the same tool twice'),
      ),
    expertEthics: z
      .array(ExpertChoice)
      .check(
        z.minLength(1, 'needs at least one ethics rule'),
        z.refine(uniqueIds, 'lists the same ethics rule twice'),
      ),
    /** Part of the right answer is a non-digital alternative or meeting a person first. */
    humanContactFirst: z._default(z.boolean(), false),
    /** Why, and what the human contact is; required exactly when humanContactFirst is true. */
    humanContactNote: z.optional(LocalizedText),
  })
  .check(
    z.superRefine((scenario, ctx) => {
      if (scenario.humanContactFirst && scenario.humanContactNote === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['humanContactNote'],
          message: 'is required when humanContactFirst is true',
        });
      }
      if (!scenario.humanContactFirst && scenario.expertTools.some((t) => t.id === NO_DIGITAL_TOOL)) {
        ctx.addIssue({
          code: 'custom',
          path: ['expertTools'],
          message: `lists "${NO_DIGITAL_TOOL}" but humanContactFirst is not true`,
        });
      }
      if (!scenario.humanContactFirst && scenario.humanContactNote !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['humanContactNote'],
          message: 'is set but humanContactFirst is not true',
        });
      }
    }),
  );
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;

export const ScenariosFile = z.strictObject({
  schemaVersion: z.literal(1),
  scenarios: z.array(Scenario).check(z.minLength(1, 'needs at least one scenario')),
});
export type ScenariosFile = z.infer<typeof ScenariosFile>;

/** The ids a scenario may refer to; a check is skipped when its set is not given. */
export interface ScenarioReferences {
  toolIds?: ReadonlySet<string>;
  ethicsRuleIds?: ReadonlySet<string>;
}

/**
 * Checks the schema cannot make: unique scenario ids, and (when the sets are given) that
 * every expert tool is in the catalogue and every expert ethics rule exists.
 */
export function checkScenarios(
  file: string,
  scenarios: readonly Scenario[],
  refs: ScenarioReferences = {},
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const scenario of scenarios) {
    if (seen.has(scenario.id)) problems.push(`${file}: ${scenario.id}: id is used by more than one scenario`);
    seen.add(scenario.id);
    scenario.expertTools.forEach((tool, i) => {
      if (refs.toolIds && tool.id !== NO_DIGITAL_TOOL && !refs.toolIds.has(tool.id)) {
        problems.push(`${file}: ${scenario.id}.expertTools[${i}].id: unknown catalogue id "${tool.id}"`);
      }
    });
    scenario.expertEthics.forEach((rule, i) => {
      if (refs.ethicsRuleIds && !refs.ethicsRuleIds.has(rule.id)) {
        problems.push(`${file}: ${scenario.id}.expertEthics[${i}].id: unknown ethics rule id "${rule.id}"`);
      }
    });
  }
  return problems;
}

/** Parses and checks the scenarios file; throws DataFileError with every problem found. */
export function parseScenarios(raw: unknown, refs: ScenarioReferences = {}): Scenario[] {
  const { scenarios } = parseDataFile(SCENARIOS_FILE, ScenariosFile, raw);
  const problems = checkScenarios(SCENARIOS_FILE, scenarios, refs);
  if (problems.length > 0) throw new DataFileError(SCENARIOS_FILE, problems);
  return scenarios;
}

/* ---------- Practice progress kept on the device ---------- */

/**
 * What practice mode remembers on the device: which scenarios the student has completed
 * and the best percent per scenario. Nothing else (no answers, no names, no dates).
 */
export const PracticeProgress = z
  .strictObject({
    schemaVersion: z.literal(1),
    completed: z.array(KebabId).check(z.refine(noDuplicates, 'lists the same scenario twice')),
    best: z.record(KebabId, z.int().check(z.gte(0), z.lte(100))),
  })
  .check(
    z.refine((p) => Object.keys(p.best).every((id) => p.completed.includes(id)), {
      path: ['best'],
      message: 'has a score for a scenario that is not completed',
    }),
  );
export type PracticeProgress = z.infer<typeof PracticeProgress>;

export const EMPTY_PRACTICE_PROGRESS: PracticeProgress = { schemaVersion: 1, completed: [], best: {} };

/**
 * Reads a stored progress record. Device storage is untrusted (old versions, edits by hand),
 * so anything that does not parse starts over with an empty record instead of throwing.
 */
export function parsePracticeProgress(raw: unknown): PracticeProgress {
  const parsed = PracticeProgress.safeParse(raw);
  return parsed.success ? parsed.data : { ...EMPTY_PRACTICE_PROGRESS, completed: [], best: {} };
}

/**
 * Reads the stored record text. `corrupted` says a record was there but could not be used
 * (bad JSON or a bad shape), so the UI can tell the student they start fresh.
 */
export function readPracticeProgress(raw: string | null): { progress: PracticeProgress; corrupted: boolean } {
  if (raw === null) return { progress: parsePracticeProgress(undefined), corrupted: false };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { progress: parsePracticeProgress(undefined), corrupted: true };
  }
  const parsed = PracticeProgress.safeParse(json);
  return parsed.success
    ? { progress: parsed.data, corrupted: false }
    : { progress: parsePracticeProgress(undefined), corrupted: true };
}

/* ---------- Payloads of practice-mode events ---------- */

/** The student's tool pick: 1..3 distinct catalogue ids. Messages are i18n keys (namespace "practice"). */
export const PracticeToolPick = z
  .array(KebabId)
  .check(
    z.minLength(1, invalid('toolsRequired')),
    z.maxLength(MAX_PRACTICE_TOOLS, invalid('tooManyTools')),
    z.refine(noDuplicates, invalid('duplicate')),
  );

/** The ethics rules the student raises: distinct rule ids; none is a valid (if weak) answer. */
export const PracticeEthicsMarks = z.array(KebabId).check(z.refine(noDuplicates, invalid('duplicate')));
