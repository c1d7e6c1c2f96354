import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { completeAnswers, type PartialAnswers, type QuestionId } from '../../domain/answers.ts';
import { catalogue, toolsWithIds } from '../../domain/catalogue-data.ts';
import { ethicsRules } from '../../domain/ethics-data.ts';
import { recommend } from '../../engine/recommend.ts';
import { consideredToolIds, evaluateEthics } from '../../engine/ethics.ts';
import { StepFrame } from '../shared/step-frame.tsx';
import { AnswerSummary } from '../shared/answer-summary.tsx';
import { MatchNotices } from './match-notices.tsx';
import { EthicsPanel } from './ethics-panel.tsx';
import { PlanPanel } from './plan-panel.tsx';
import { RecommendationList } from './recommendation-list.tsx';
import { DetailsOnOpen } from './details-on-open.tsx';

interface ResultsViewProps {
  answers: PartialAnswers;
  /** The session's plan (owned by the planning statechart): chosen tools, considered prompts. */
  plan: { tools: readonly string[]; considered: readonly string[]; note: string };
  focusOnMount: boolean;
  onEdit: (question: QuestionId) => void;
  onToggleTool: (toolId: string) => void;
  onToggleConsidered: (promptId: string) => void;
  onNoteChange: (note: string) => void;
}

/** Ranked, explained recommendations with filters, the ethics prompts and the plan. */
export function ResultsView(props: ResultsViewProps) {
  const { answers, focusOnMount, onEdit, plan } = props;
  const { tools: chosenTools, considered: consideredPrompts } = plan;
  const { t } = useTranslation('results');
  const complete = useMemo(() => completeAnswers(answers), [answers]);
  const result = useMemo(() => (complete ? recommend(complete, catalogue) : undefined), [complete]);

  const consideredTools = useMemo(
    () => (result ? toolsWithIds(consideredToolIds(chosenTools, result.items)) : []),
    [result, chosenTools],
  );
  const prompts = useMemo(
    () => (complete ? evaluateEthics(complete, consideredTools, ethicsRules) : []),
    [complete, consideredTools],
  );

  if (!complete || !result) {
    return (
      <StepFrame title={t('title')} focusOnMount={focusOnMount}>
        <p>{t('incomplete')}</p>
      </StepFrame>
    );
  }

  return (
    <StepFrame
      title={t('title')}
      focusOnMount={focusOnMount}
      wide
      intro={
        <p>
          {t('intro')} {t('catalogueSize', { count: catalogue.length })}
        </p>
      }
    >
      <DetailsOnOpen className="results__answers" summary={t('yourAnswers')}>
        {() => <AnswerSummary answers={answers} onEdit={onEdit} />}
      </DetailsOnOpen>

      <MatchNotices result={result} />

      <RecommendationList
        answers={complete}
        result={result}
        chosenTools={chosenTools}
        onToggleTool={props.onToggleTool}
      />
      <EthicsPanel
        prompts={prompts}
        considered={consideredPrompts}
        onConsideredChange={(id) => props.onToggleConsidered(id)}
      />
      <PlanPanel
        answers={complete}
        result={result}
        chosenTools={chosenTools}
        prompts={prompts}
        consideredPrompts={consideredPrompts}
        note={plan.note}
        onNoteChange={props.onNoteChange}
      />
    </StepFrame>
  );
}
