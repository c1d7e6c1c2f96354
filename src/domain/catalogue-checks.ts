import { NEED_IDS } from './taxonomy.ts';
import type { Tool } from './catalogue.ts';

/**
 * Reference checks the per-entry schema cannot make: unique ids, a need listed in its
 * table rows, and entries for every one of the 19 need rows.
 */
export function checkCatalogue(file: string, tools: readonly Tool[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const tool of tools) {
    if (seen.has(tool.id)) problems.push(`${file}: ${tool.id}: id is used by more than one entry`);
    seen.add(tool.id);
    for (const row of tool.source.rows) {
      if (!tool.needs.includes(row)) {
        problems.push(`${file}: ${tool.id}.source.rows: row "${row}" is not among the entry's needs`);
      }
    }
  }
  for (const need of NEED_IDS) {
    if (!tools.some((t) => t.needs.includes(need))) {
      problems.push(`${file}: need row "${need}" has no entries`);
    }
  }
  return problems;
}
