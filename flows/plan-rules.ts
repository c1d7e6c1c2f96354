import type { PartialAnswers } from '../src/domain/answers.ts';
import type { Tool } from '../src/domain/catalogue.ts';

/** What the planning machine needs to know of a catalogue entry: its id, name and the needs it serves. */
export type PlanTool = Pick<Tool, 'id' | 'needs' | 'name'>;

/**
 * Whether the tool serves at least one of the chosen needs: the engine's rule for being in
 * the results at all (src/engine/recommend.ts), so a tool that fails it has no card left.
 */
export function servesChosenNeed(tool: PlanTool | undefined, answers: PartialAnswers): boolean {
  const needs = answers.needs ?? [];
  return tool !== undefined && tool.needs.some((need) => needs.includes(need));
}

/**
 * The chosen tools split into those that still serve a chosen need and those that do not.
 * Before the catalogue is known (`tools` undefined) nothing can be judged, so all are kept.
 */
export function partitionPlan(
  chosen: readonly string[],
  answers: PartialAnswers,
  tools: readonly PlanTool[] | undefined,
): { kept: string[]; dropped: string[] } {
  if (tools === undefined) return { kept: [...chosen], dropped: [] };
  const byId = new Map(tools.map((tool) => [tool.id, tool]));
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const id of chosen) (servesChosenNeed(byId.get(id), answers) ? kept : dropped).push(id);
  return { kept, dropped };
}
