import { NEED_IDS } from './taxonomy.ts';
import { sourceRows, type Tool } from './catalogue.ts';

/**
 * Reference checks the per-entry schema cannot make: unique ids, a need listed in its
 * table rows, a `replacedBy` naming another existing entry, and entries for every one of
 * the 19 need rows.
 */
export function checkCatalogue(file: string, tools: readonly Tool[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const ids = new Set(tools.map((t) => t.id));
  for (const tool of tools) {
    if (seen.has(tool.id)) problems.push(`${file}: ${tool.id}: id is used by more than one entry`);
    seen.add(tool.id);
    const { replacedBy } = tool.status;
    if (replacedBy === tool.id) {
      problems.push(`${file}: ${tool.id}.status.replacedBy: an entry cannot replace itself`);
    } else if (replacedBy !== undefined && !ids.has(replacedBy)) {
      problems.push(`${file}: ${tool.id}.status.replacedBy: unknown tool id "${replacedBy}"`);
    }
    for (const row of sourceRows(tool)) {
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
