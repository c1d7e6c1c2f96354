import { safeParse } from 'zod/mini';
import type * as core from 'zod/v4/core';

/** A data file failed its schema or a reference check; `problems` are plain-language lines. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problems: readonly string[];
  constructor(file: string, problems: readonly string[]) {
    super(`${file} is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'DataFileError';
    this.file = file;
    this.problems = problems;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Renders a schema path so that an editor finds the spot: an entry of a top-level list is
 * named by its `id` when it has one (`kaksi-kotia.needs[1]`), else by its index.
 */
export function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  let text = '';
  let node: unknown = raw;
  path.forEach((key, depth) => {
    const child =
      isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = depth === 1 && isRecord(child) && typeof child.id === 'string' ? child.id : undefined;
      text = id !== undefined ? id : `${text}[${key}]`;
    } else {
      text = text === '' ? String(key) : `${text}.${String(key)}`;
    }
    node = child;
  });
  return text === '' ? '(file)' : text;
}

/** One line per problem: `data/tools.json: kaksi-kotia.needs[1]: unknown need "divorce"`. */
export function formatIssues(file: string, raw: unknown, issues: readonly core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${file}: ${describePath(raw, issue.path)}: ${issue.message}`);
}

/** Parses `raw` with `schema`, or throws a DataFileError naming file, entry, field and reason. */
/** Works with classic and mini schemas alike (both are zod core schemas). */
export function parseDataFile<S extends core.$ZodType>(
  file: string,
  schema: S,
  raw: unknown,
): core.output<S> {
  const result = safeParse(schema, raw);
  if (!result.success) throw new DataFileError(file, formatIssues(file, raw, result.error.issues));
  return result.data;
}
