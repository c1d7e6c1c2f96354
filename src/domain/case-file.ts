import * as z from 'zod/mini';
import { NO_DIGITAL_TOOL, Scenario } from './scenario.ts';
import { UiLanguage as UiLanguageSchema } from './taxonomy-schemas.ts';
import { UI_LANGUAGES, type UiLanguage } from './taxonomy.ts';

/**
 * A lecturer's case file: practice cases in the same shape as data/scenarios.json, with the
 * languages its texts are written in. It is read on the device and never uploaded.
 * See docs/teaching.md.
 */
export const CASE_FILE_VERSION = 1;

/** Why a case file or one of its cases was refused; the UI translates the code. */
export const CASE_FILE_ERROR_CODES = [
  'not-json',
  'not-a-case-file',
  'schema-version',
  'languages',
  'no-cases',
  'missing-text',
  'wrong-type',
  'unknown-value',
  'bad-id',
  'too-few',
  'too-many',
  'unknown-field',
  'duplicate',
  'human-contact-note',
  'no-digital-tool',
  'unknown-tool',
  'unknown-rule',
  'id-in-use',
  'invalid',
] as const;
export type CaseFileErrorCode = (typeof CASE_FILE_ERROR_CODES)[number];

/** One problem: which file, which case (id, or number in the file when it has none), which field, why. */
export interface CaseFileError {
  file: string;
  /** The case's id when it has a usable one. */
  caseId?: string;
  /** 1-based position of the case in the file; absent for a problem with the whole file. */
  caseNumber?: number;
  /** The field inside the case (or the file), e.g. `expertTools[0].id`; '' for the whole case. */
  field: string;
  code: CaseFileErrorCode;
  /** A value to show with the reason, e.g. the unknown id; never prose. */
  value?: string;
}

export interface OpenedCaseFile {
  file: string;
  languages: UiLanguage[];
  /** The cases that passed every check, ready to practise. */
  cases: Scenario[];
  /** The problems, per bad case (and for the whole file). */
  errors: CaseFileError[];
}

/** The ids a case may refer to, and the ids already taken (built-in or opened cases). */
export interface CaseFileReferences {
  toolIds: ReadonlySet<string>;
  ethicsRuleIds: ReadonlySet<string>;
  takenCaseIds: ReadonlySet<string>;
}

const CaseFileHead = z.looseObject({
  schemaVersion: z.unknown(),
  languages: z.unknown(),
  cases: z.unknown(),
});

const Languages = z.array(UiLanguageSchema).check(
  z.minLength(1),
  z.refine((l) => new Set(l).size === l.length),
);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A `{ fi?, sv?, en? }` text object: only language keys. */
const isTextObject = (v: unknown): v is Partial<Record<UiLanguage, unknown>> =>
  isRecord(v) &&
  Object.keys(v).length > 0 &&
  Object.keys(v).every((k) => (UI_LANGUAGES as readonly string[]).includes(k));

const fieldOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`,
    '',
  );

/**
 * Every text in a case must be there in each declared language. Texts in languages the file
 * does not declare are filled from the first declared one, so the app's schema (fi, sv, en)
 * holds and the case shows in any UI language (the list says which languages it has).
 */
function fillTexts(
  value: unknown,
  languages: readonly UiLanguage[],
  path: PropertyKey[],
  missing: { field: string; lang: UiLanguage }[],
): unknown {
  if (Array.isArray(value)) return value.map((v, i) => fillTexts(v, languages, [...path, i], missing));
  if (isTextObject(value)) {
    const out: Record<string, unknown> = {};
    for (const lang of languages) {
      const text = value[lang];
      if (typeof text !== 'string' || text.trim() === '') missing.push({ field: fieldOf(path), lang });
      else out[lang] = text;
    }
    const first = out[languages[0]!];
    for (const lang of UI_LANGUAGES) if (!(lang in out)) out[lang] = first;
    return out;
  }
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, fillTexts(v, languages, [...path, k], missing)]),
    );
  }
  return value;
}

/** A zod issue as a reason code. The schema's own English messages stay for data editors. */
function codeOf(issue: z.core.$ZodIssue): CaseFileErrorCode {
  const field = issue.path.at(-1);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'missing-text' : 'wrong-type';
    case 'invalid_value':
    case 'invalid_union':
      return 'unknown-value';
    case 'invalid_format':
      return 'bad-id';
    case 'too_small':
      return 'too-few';
    case 'too_big':
      return 'too-many';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'custom':
      if (field === 'humanContactNote') return 'human-contact-note';
      if (issue.message.includes(NO_DIGITAL_TOOL)) return 'no-digital-tool';
      if (issue.message.includes('twice')) return 'duplicate';
      return 'invalid';
    default:
      return 'invalid';
  }
}

/** The value to show beside a reason: the offending input when it is a short plain value. */
function valueOf(issue: z.core.$ZodIssue, raw: unknown): string | undefined {
  if (issue.code === 'unrecognized_keys') return issue.keys.join(', ');
  // zod leaves the input out of its issues; take it from the case at the issue's path.
  const input = issue.path.reduce<unknown>(
    (node, key) =>
      typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    raw,
  );
  if (typeof input === 'string' && input.length <= 80) return input;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return undefined;
}

/** Checks one case; returns it when good, or its problems. */
function checkCase(
  file: string,
  raw: unknown,
  index: number,
  languages: readonly UiLanguage[],
  refs: CaseFileReferences,
  seen: Set<string>,
): { scenario?: Scenario; errors: CaseFileError[] } {
  const rawId = isRecord(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
  const where = { file, caseNumber: index + 1, ...(rawId !== undefined ? { caseId: rawId } : {}) };
  if (!isRecord(raw)) return { errors: [{ ...where, field: '', code: 'wrong-type' }] };
  const missing: { field: string; lang: UiLanguage }[] = [];
  const filled = fillTexts(raw, languages, [], missing);
  const errors: CaseFileError[] = missing.map((m) => ({
    ...where,
    field: m.field,
    code: 'missing-text',
    value: m.lang,
  }));
  const parsed = Scenario.safeParse(filled);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      // A missing text is already named above with its language.
      if (errors.some((e) => e.code === 'missing-text' && field.startsWith(e.field))) continue;
      const value = valueOf(issue, filled);
      errors.push({ ...where, field, code: codeOf(issue), ...(value !== undefined ? { value } : {}) });
    }
  }
  if (errors.length > 0 || !parsed.success) return { errors };
  const scenario = parsed.data;
  if (refs.takenCaseIds.has(scenario.id) || seen.has(scenario.id)) {
    errors.push({ ...where, field: 'id', code: 'id-in-use', value: scenario.id });
  }
  scenario.expertTools.forEach((tool, i) => {
    if (tool.id !== NO_DIGITAL_TOOL && !refs.toolIds.has(tool.id)) {
      errors.push({ ...where, field: `expertTools[${i}].id`, code: 'unknown-tool', value: tool.id });
    }
  });
  scenario.expertEthics.forEach((rule, i) => {
    if (!refs.ethicsRuleIds.has(rule.id)) {
      errors.push({ ...where, field: `expertEthics[${i}].id`, code: 'unknown-rule', value: rule.id });
    }
  });
  seen.add(scenario.id);
  return errors.length > 0 ? { errors } : { scenario, errors };
}

/**
 * Reads a case file's text. Pure: never throws; returns the good cases and, for each bad case
 * (or the whole file), the file, case id, field and a reason code.
 */
export function parseCaseFile(file: string, text: string, refs: CaseFileReferences): OpenedCaseFile {
  const fail = (code: CaseFileErrorCode, field = '', value?: string): OpenedCaseFile => ({
    file,
    languages: [],
    cases: [],
    errors: [{ file, field, code, ...(value !== undefined ? { value } : {}) }],
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  const head = CaseFileHead.safeParse(json);
  if (!head.success || !Array.isArray(head.data.cases)) return fail('not-a-case-file', 'cases');
  if (head.data.schemaVersion !== CASE_FILE_VERSION) {
    return fail('schema-version', 'schemaVersion', String(head.data.schemaVersion));
  }
  const languages = Languages.safeParse(head.data.languages);
  if (!languages.success) return fail('languages', 'languages');
  if (head.data.cases.length === 0) return fail('no-cases', 'cases');

  const cases: Scenario[] = [];
  const errors: CaseFileError[] = [];
  const seen = new Set<string>();
  head.data.cases.forEach((raw, i) => {
    const checked = checkCase(file, raw, i, languages.data, refs, seen);
    if (checked.scenario) cases.push(checked.scenario);
    errors.push(...checked.errors);
  });
  return { file, languages: languages.data, cases, errors };
}

/** A case as a case file, for a lecturer to start from (the built-in cases have all three languages). */
export function caseFileFor(scenario: Scenario, languages: readonly UiLanguage[] = UI_LANGUAGES) {
  return { schemaVersion: CASE_FILE_VERSION, languages: [...languages], cases: [scenario] };
}
