import type { Tool } from '../domain/catalogue.ts';
import type { EthicsRule } from '../domain/ethics.ts';
import { expertAnswerValues, NO_DIGITAL_TOOL, type Scenario } from '../domain/scenario.ts';
import { evaluateEthics } from './ethics.ts';
import type { PracticeFeedback } from './practice-score.ts';
import { recommend, type Reason } from './recommend.ts';

/**
 * Why the agreed answer leaves out a method the student chose, as the engine sees the agreed
 * answers:
 * - 'noDigital': the student chose "no digital tool now" where the case does not call for it;
 * - 'notFit': the method serves none of the agreed needs;
 * - 'caveat': it serves them, but the engine's first caveat on it weighs against it;
 * - 'lessCentral': it fits, the expert simply chose others.
 */
export type ExtraToolWhy =
  { code: 'noDigital' } | { code: 'notFit' } | { code: 'caveat'; caveat: Reason } | { code: 'lessCentral' };

/**
 * Why the agreed answer leaves out a prompt the student raised: 'notRaised' when the engine
 * does not raise it for the agreed answers and the expert's methods, 'lessCentral' when it does
 * and the expert found others more pressing.
 */
export type ExtraPromptWhy = 'notRaised' | 'lessCentral';

export interface ExtraReasons {
  /** One entry per id in `feedback.tools.extra`. */
  tools: Record<string, ExtraToolWhy>;
  /** One entry per id in `feedback.ethics.extra`. */
  ethics: Record<string, ExtraPromptWhy>;
}

/**
 * For each method and prompt the student added and the expert did not, a reason code: the
 * recommendation engine and the ethics rules run on the expert's answers and methods. Pure:
 * codes and engine reasons only, the UI turns them into words.
 */
export function explainExtras(
  scenario: Scenario,
  feedback: Pick<PracticeFeedback, 'tools' | 'ethics'>,
  catalogue: readonly Tool[],
  rules: readonly EthicsRule[],
): ExtraReasons {
  const answers = expertAnswerValues(scenario.expertAnswers);
  const items = new Map(recommend(answers, catalogue).items.map((i) => [i.toolId, i]));
  const byId = new Map(catalogue.map((t) => [t.id, t]));
  const expertTools = scenario.expertTools.flatMap((c) => byId.get(c.id) ?? []);
  const raised = new Set(evaluateEthics(answers, expertTools, rules).map((p) => p.ruleId));

  const toolWhy = (id: string): ExtraToolWhy => {
    if (id === NO_DIGITAL_TOOL) return { code: 'noDigital' };
    const item = items.get(id);
    if (!item) return { code: 'notFit' };
    const caveat = item.caveats[0];
    return caveat ? { code: 'caveat', caveat } : { code: 'lessCentral' };
  };
  return {
    tools: Object.fromEntries(feedback.tools.extra.map((id) => [id, toolWhy(id)])),
    ethics: Object.fromEntries(
      feedback.ethics.extra.map((id) => [id, raised.has(id) ? 'lessCentral' : 'notRaised'] as const),
    ),
  };
}
