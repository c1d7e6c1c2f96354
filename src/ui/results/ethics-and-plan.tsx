import { useMemo } from 'react';
import type { Answers } from '../../domain/answers.ts';
import { toolsWithIds } from '../../domain/catalogue-data.ts';
import { ethicsRules } from '../../domain/ethics-data.ts';
import { consideredToolIds, evaluateEthics } from '../../engine/ethics.ts';
import type { RecommendResult } from '../../engine/recommend.ts';
import { EthicsPanel } from './ethics-panel.tsx';
import { PlanPanel } from './plan-panel.tsx';

export interface EthicsAndPlanProps {
  answers: Answers;
  result: RecommendResult;
  plan: { tools: readonly string[]; considered: readonly string[]; note: string };
  onToggleConsidered: (promptId: string) => void;
  onNoteChange: (note: string) => void;
}

/**
 * What follows the cards: the ethics prompts for the tools in view and the plan. A chunk of
 * its own, loaded by the results once they render (results-view.tsx), because the ethics rules
 * are most of its weight and the cards need none of them.
 */
export function EthicsAndPlan({
  answers,
  result,
  plan,
  onToggleConsidered,
  onNoteChange,
}: EthicsAndPlanProps) {
  const { tools: chosenTools, considered: consideredPrompts } = plan;
  const consideredTools = useMemo(
    () => toolsWithIds(consideredToolIds(chosenTools, result.items)),
    [result, chosenTools],
  );
  const prompts = useMemo(
    () => evaluateEthics(answers, consideredTools, ethicsRules),
    [answers, consideredTools],
  );
  return (
    <>
      <EthicsPanel
        prompts={prompts}
        considered={consideredPrompts}
        onConsideredChange={(id) => onToggleConsidered(id)}
      />
      <PlanPanel
        answers={answers}
        result={result}
        chosenTools={chosenTools}
        prompts={prompts}
        consideredPrompts={consideredPrompts}
        note={plan.note}
        onNoteChange={onNoteChange}
      />
    </>
  );
}
