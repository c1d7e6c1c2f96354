import type { AccessAnswer, Answers } from '../domain/answers.ts';
import type { Tool } from '../domain/catalogue.ts';
import type { EthicsKind, EthicsRule, EthicsTrigger, ToolCondition } from '../domain/ethics.ts';
import type {
  AgeGroupId,
  AudienceId,
  ChannelId,
  ClientLanguageId,
  NeedId,
  PlatformId,
  ToolFlagId,
  ToolKindId,
} from '../domain/taxonomy.ts';

/**
 * Why a prompt is shown. The UI renders each fact with the key `facts.<code>` of the
 * "ethics" namespace, so these codes are stable: add new ones, never rename.
 */
export type EthicsFact =
  | { code: 'answer.ageGroup'; ageGroup: AgeGroupId }
  | { code: 'answer.need'; need: NeedId }
  | { code: 'answer.access'; access: AccessAnswer }
  | { code: 'answer.language'; lang: ClientLanguageId }
  | { code: 'tool.flag'; toolId: string; flag: ToolFlagId }
  | { code: 'tool.platform'; toolId: string; platform: PlatformId }
  | { code: 'tool.kind'; toolId: string; kind: ToolKindId }
  | { code: 'tool.channel'; toolId: string; channel: ChannelId }
  | { code: 'tool.audience'; toolId: string; audience: AudienceId }
  | { code: 'tool.need'; toolId: string; need: NeedId }
  | { code: 'language.unsupported'; lang: ClientLanguageId }
  | { code: 'always' };

export type EthicsFactCode = EthicsFact['code'];

export interface EthicsPrompt {
  ruleId: string;
  kind: EthicsKind;
  facts: EthicsFact[];
}

const KIND_ORDER: Record<EthicsKind, number> = { must: 0, check: 1, reflect: 2 };

/** Facts of a trigger that held, or undefined when it did not. */
type Outcome = EthicsFact[] | undefined;

const intersect = <T>(have: readonly T[], wanted: readonly T[]): T[] =>
  have.filter((v) => wanted.includes(v));

/** The facts of one tool meeting every part of the condition, or undefined. */
function matchTool(tool: Tool, cond: ToolCondition): Outcome {
  const facts: EthicsFact[] = [];
  const toolId = tool.id;
  if (cond.flagsAny !== undefined) {
    const flags = intersect(tool.flags, cond.flagsAny);
    if (flags.length === 0) return undefined;
    facts.push(...flags.map((flag) => ({ code: 'tool.flag' as const, toolId, flag })));
  }
  if (cond.commercialPlatform !== undefined) {
    const platform = tool.dataProcessing.commercialPlatform;
    if (platform === null) return undefined;
    if (cond.commercialPlatform !== true && !cond.commercialPlatform.includes(platform)) return undefined;
    facts.push({ code: 'tool.platform', toolId, platform });
  }
  if (cond.kindIn !== undefined) {
    if (!cond.kindIn.includes(tool.kind)) return undefined;
    facts.push({ code: 'tool.kind', toolId, kind: tool.kind });
  }
  if (cond.channelsAny !== undefined) {
    const channels = intersect(tool.channels, cond.channelsAny);
    if (channels.length === 0) return undefined;
    facts.push(...channels.map((channel) => ({ code: 'tool.channel' as const, toolId, channel })));
  }
  if (cond.audienceIn !== undefined) {
    const audiences = intersect(tool.audience, cond.audienceIn);
    if (audiences.length === 0) return undefined;
    facts.push(...audiences.map((audience) => ({ code: 'tool.audience' as const, toolId, audience })));
  }
  if (cond.needsAny !== undefined) {
    const needs = intersect(tool.needs, cond.needsAny);
    if (needs.length === 0) return undefined;
    facts.push(...needs.map((need) => ({ code: 'tool.need' as const, toolId, need })));
  }
  return facts;
}

/**
 * A tool "supports" the language when it lists it or "mul". With no tools under
 * consideration there is nothing to judge, so the condition does not hold.
 */
const languageUnsupported = (lang: ClientLanguageId, tools: readonly Tool[]): boolean =>
  tools.length > 0 && !tools.some((t) => t.languages.includes(lang) || t.languages.includes('mul'));

/**
 * Evaluates one trigger. A trigger object carries one condition (the schema enforces it);
 * should it carry several, all of them must hold.
 */
function evaluateTrigger(trigger: EthicsTrigger, answers: Answers, tools: readonly Tool[]): Outcome {
  const parts: Outcome[] = [];
  if (trigger.always !== undefined) parts.push([{ code: 'always' }]);
  if (trigger.all !== undefined) {
    const outcomes = trigger.all.map((t) => evaluateTrigger(t, answers, tools));
    parts.push(outcomes.every((o) => o !== undefined) ? outcomes.flat() : undefined);
  }
  if (trigger.any !== undefined) {
    // Every branch that holds contributes, so "shown because" names all the reasons.
    const held = trigger.any.map((t) => evaluateTrigger(t, answers, tools)).filter((o) => o !== undefined);
    parts.push(held.length > 0 ? held.flat() : undefined);
  }
  if (trigger.ageGroupIn !== undefined) {
    parts.push(
      trigger.ageGroupIn.includes(answers.ageGroup)
        ? [{ code: 'answer.ageGroup', ageGroup: answers.ageGroup }]
        : undefined,
    );
  }
  if (trigger.needsAny !== undefined) {
    const needs = intersect(answers.needs, trigger.needsAny);
    parts.push(needs.length > 0 ? needs.map((need) => ({ code: 'answer.need', need })) : undefined);
  }
  if (trigger.accessIn !== undefined) {
    parts.push(
      trigger.accessIn.includes(answers.access)
        ? [{ code: 'answer.access', access: answers.access }]
        : undefined,
    );
  }
  if (trigger.languageUnsupported !== undefined) {
    parts.push(
      languageUnsupported(answers.language, tools)
        ? [{ code: 'language.unsupported', lang: answers.language }]
        : undefined,
    );
  }
  if (trigger.languageIn !== undefined) {
    parts.push(
      trigger.languageIn.includes(answers.language)
        ? [{ code: 'answer.language', lang: answers.language }]
        : undefined,
    );
  }
  if (trigger.languageNot !== undefined) {
    parts.push(
      trigger.languageNot.includes(answers.language)
        ? undefined
        : [{ code: 'answer.language', lang: answers.language }],
    );
  }
  if (trigger.toolAny !== undefined) {
    const cond = trigger.toolAny;
    const held = tools.map((tool) => matchTool(tool, cond)).filter((o) => o !== undefined);
    parts.push(held.length > 0 ? held.flat() : undefined);
  }
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  return parts.flat() as EthicsFact[];
}

/** Key order is fixed by construction above, so JSON text identifies a fact. */
const factKey = (fact: EthicsFact): string => JSON.stringify(fact);

function dedupe(facts: readonly EthicsFact[]): EthicsFact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = factKey(fact);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Which ethical-consideration prompts apply to one client situation.
 *
 * @param answers the practitioner's answers about the client
 * @param tools the tools under consideration (recommended or chosen), in display order
 * @param rules the parsed rules file
 * @returns one prompt per rule whose trigger holds: musts first, then checks, then
 *   reflects, each group in rules-file order; every prompt lists the facts that made it
 *   apply, without repeats, in trigger and tool order. Same input, same output.
 */
export function evaluateEthics(
  answers: Answers,
  tools: readonly Tool[],
  rules: readonly EthicsRule[],
): EthicsPrompt[] {
  const prompts: (EthicsPrompt & { order: number })[] = [];
  rules.forEach((rule, order) => {
    const facts = evaluateTrigger(rule.trigger, answers, tools);
    if (facts !== undefined) prompts.push({ ruleId: rule.id, kind: rule.kind, facts: dedupe(facts), order });
  });
  return prompts
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order)
    .map(({ ruleId, kind, facts }) => ({ ruleId, kind, facts }));
}

/** How many top recommendations the prompts consider while the practitioner has chosen none. */
export const CONSIDERED_WHEN_NONE_CHOSEN = 5;

/**
 * The tools the ethics prompts are about: the ones the practitioner chose for the plan, or,
 * before any is chosen, the top recommendations, so the prompts speak to what is on screen.
 *
 * @param chosen tool ids in the plan, in the practitioner's order
 * @param ranked recommendations in rank order (only `toolId` is read)
 */
export function consideredToolIds(
  chosen: readonly string[],
  ranked: readonly { toolId: string }[],
): string[] {
  return chosen.length > 0
    ? [...chosen]
    : ranked.slice(0, CONSIDERED_WHEN_NONE_CHOSEN).map((item) => item.toolId);
}

/** How many prompts the results show before "show more"; every "must" is shown regardless. */
export const DEFAULT_PROMPT_LIMIT = 6;

/**
 * Which prompts are shown by default and which wait behind one "show more" control.
 *
 * @param prompts as `evaluateEthics` returns them (musts, then checks, then reflects)
 * @returns `shown`: every must, then the other prompts in order while the total stays within
 *   `limit` (the musts alone may exceed it: a must is never hidden); `more`: the rest, in order.
 */
export function splitPrompts(
  prompts: readonly EthicsPrompt[],
  limit: number = DEFAULT_PROMPT_LIMIT,
): { shown: EthicsPrompt[]; more: EthicsPrompt[] } {
  const musts = prompts.filter((p) => p.kind === 'must');
  const others = prompts.filter((p) => p.kind !== 'must');
  const room = Math.max(0, limit - musts.length);
  return { shown: [...musts, ...others.slice(0, room)], more: others.slice(room) };
}

export type ToolFact = Extract<EthicsFact, { toolId: string }>;

/**
 * The facts of one prompt grouped for a one-line "shown because": the facts about the answers
 * (and the language), then each tool once with what about it made the prompt apply.
 */
export function groupFacts(facts: readonly EthicsFact[]): {
  answers: Exclude<EthicsFact, ToolFact>[];
  tools: { toolId: string; facts: ToolFact[] }[];
} {
  const answers: Exclude<EthicsFact, ToolFact>[] = [];
  const tools = new Map<string, ToolFact[]>();
  for (const fact of facts) {
    if ('toolId' in fact) {
      const list = tools.get(fact.toolId);
      if (list) list.push(fact);
      else tools.set(fact.toolId, [fact]);
    } else {
      answers.push(fact);
    }
  }
  return { answers, tools: [...tools].map(([toolId, list]) => ({ toolId, facts: list })) };
}
