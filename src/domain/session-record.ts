// zod/mini: the record is read at start-up, on the first screen's path.
import * as z from 'zod/mini';
import { PartialAnswers, STEP_IDS } from './answers.ts';
import { KEBAB_ID_PATTERN } from './taxonomy.ts';
import { distinct } from './schema-helpers.ts';

const Id = z.string().check(z.regex(KEBAB_ID_PATTERN));

/*
 * The on-device record of one session, kept so a reload or a closed tab does not lose the
 * work. The UI reads and writes localStorage; this module only says what a record is.
 * Only taxonomy ids, tool ids, ethics prompt ids and a date: nothing about the person. The
 * free-text note is never stored, and the strict schema rejects a record that carries one.
 */

/** localStorage key of the session record. The version is part of the key and the record. */
export const SESSION_STORAGE_KEY = 'wtn.session.v1';
/** localStorage key of the chosen UI language (a bare 'fi' | 'sv' | 'en'). */
export const UI_LANGUAGE_STORAGE_KEY = 'wtn.ui';

/**
 * The wizard's steps: the same list as WIZARD_STEPS in flows/planning-machine.ts (repeated
 * because domain may not import flows; a test keeps the two equal), then the step names
 * earlier versions wrote, which the wizard opens as the step that asks the same now.
 */
export const SESSION_STEPS = [...STEP_IDS, 'results', 'ageGroup', 'language', 'access', 'review'] as const;
export const SessionStep = z.enum(SESSION_STEPS);
export type SessionStep = z.infer<typeof SessionStep>;

export const MAX_CHOSEN_TOOLS = 50;
export const MAX_CONSIDERED_PROMPTS = 100;

export const SessionRecord = z.strictObject({
  version: z.literal(1),
  /** The step to resume at; the wizard still checks that its earlier answers are there. */
  step: SessionStep,
  answers: PartialAnswers,
  /** Catalogue tool ids the practitioner put in the plan. */
  chosenTools: z.array(Id).check(z.maxLength(MAX_CHOSEN_TOOLS), z.refine(distinct, 'lists a tool twice')),
  /** Ethics prompt ids the practitioner marked as considered. */
  consideredPrompts: z
    .array(Id)
    .check(z.maxLength(MAX_CONSIDERED_PROMPTS), z.refine(distinct, 'lists a prompt twice')),
  /** The day of the last save (a date, not a time: enough to say how old it is). */
  savedOn: z.iso.date(),
});
export type SessionRecord = z.infer<typeof SessionRecord>;

export type SessionNotice = 'corrupted' | 'outdated' | 'future';

export interface ReadSessionResult {
  record: SessionRecord | null;
  notice: null | SessionNotice;
}

/**
 * Reads a stored record (`localStorage.getItem(SESSION_STORAGE_KEY)`). Never throws.
 * - null (nothing stored): no record, no notice.
 * - another `version`: 'outdated'. There is no older format to migrate yet.
 * - bad JSON or any schema failure: 'corrupted', and the whole record is discarded. The app
 *   alone writes this record, so a failure means damage or tampering; keeping a part would
 *   resume a session the practitioner never had.
 * - a valid record saved after `today` (an ISO date; a wrong clock or tampering): 'future',
 *   and it is set aside whole like a corrupted one.
 */
export function readSessionRecord(raw: string | null, today?: string): ReadSessionResult {
  if (raw === null) return { record: null, notice: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { record: null, notice: 'corrupted' };
  }
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && Object.hasOwn(json, 'version')) {
    if ((json as { version: unknown }).version !== 1) return { record: null, notice: 'outdated' };
  }
  const parsed = SessionRecord.safeParse(json);
  if (!parsed.success) return { record: null, notice: 'corrupted' };
  // ISO dates compare as strings.
  if (today !== undefined && parsed.data.savedOn > today) return { record: null, notice: 'future' };
  return { record: parsed.data, notice: null };
}

/**
 * The string to store. Validates first and throws on an invalid record: that is a bug in the
 * caller, and writing it would only make the next start discard the session as corrupted.
 */
export function serializeSessionRecord(record: SessionRecord): string {
  return JSON.stringify(SessionRecord.parse(record));
}
