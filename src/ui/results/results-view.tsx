import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completeAnswers, type PartialAnswers, type QuestionId } from '../../domain/answers.ts';
import { catalogue, toolsById, toolsWithIds } from '../../domain/catalogue-data.ts';
import { ethicsRules } from '../../domain/ethics.ts';
import { AUDIENCE_IDS, CHANNEL_IDS, type AudienceId, type ChannelId } from '../../domain/taxonomy.ts';
import { catalogueIndex } from '../catalogue-index.ts';
import { recommend, type Recommendation } from '../../engine/recommend.ts';
import { consideredToolIds, evaluateEthics } from '../../engine/ethics.ts';
import { useLabels } from '../shared/labels.ts';
import { TaxonomySelect } from '../shared/taxonomy-select.tsx';
import { StepFrame } from '../shared/step-frame.tsx';
import { AnswerSummary } from '../shared/answer-summary.tsx';
import { ToolCard } from './tool-card.tsx';
import { RankedList } from './ranked-list.tsx';
import { MatchNotices } from './match-notices.tsx';
import { EthicsPanel } from './ethics-panel.tsx';
import { PlanPanel } from './plan-panel.tsx';

interface ResultsViewProps {
  answers: PartialAnswers;
  /** The session's plan (owned by the planning statechart): chosen tools, considered prompts. */
  plan: { tools: readonly string[]; considered: readonly string[] };
  focusOnMount: boolean;
  onEdit: (question: QuestionId) => void;
  onToggleTool: (toolId: string) => void;
  onToggleConsidered: (promptId: string) => void;
}

/** Ranked, explained recommendations with filters, the ethics prompts and the plan. */
export function ResultsView(props: ResultsViewProps) {
  const { answers, focusOnMount, onEdit, plan } = props;
  const { tools: chosenTools, considered: consideredPrompts } = plan;
  const { t } = useTranslation('results');
  const { label } = useLabels();
  const complete = useMemo(() => completeAnswers(answers), [answers]);
  const result = useMemo(() => (complete ? recommend(complete, catalogueIndex) : undefined), [complete]);
  const [channel, setChannel] = useState<ChannelId | 'all'>('all');
  const [audience, setAudience] = useState<AudienceId | 'all'>('all');
  const [view, setView] = useState<'list' | 'byNeed'>('list');

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

  const passes = (item: Recommendation) => {
    const tool = toolsById.get(item.toolId);
    if (!tool) return false;
    return (
      (channel === 'all' || tool.channels.includes(channel)) &&
      (audience === 'all' || tool.audience.includes(audience))
    );
  };
  const visible = result.items.filter(passes);
  const rankOf = new Map(result.items.map((item, i) => [item.toolId, i + 1]));
  const itemsById = new Map(result.items.map((item) => [item.toolId, item]));

  const renderCards = (items: readonly Recommendation[]) => (
    <RankedList
      items={items}
      chosenTools={chosenTools}
      renderCard={(item) => {
        const tool = toolsById.get(item.toolId);
        if (!tool) return null;
        return (
          <ToolCard
            rank={rankOf.get(item.toolId) ?? 0}
            tool={tool}
            recommendation={item}
            chosen={chosenTools.includes(item.toolId)}
            onChosenChange={() => props.onToggleTool(item.toolId)}
          />
        );
      }}
    />
  );

  const clientItems = visible.filter((i) => i.group === 'client');
  const professionalItems = visible.filter((i) => i.group === 'professional');

  return (
    <StepFrame
      title={t('title')}
      focusOnMount={focusOnMount}
      intro={
        <p>
          {t('intro')} {t('catalogueSize', { count: catalogue.length })}
        </p>
      }
    >
      <details className="results__answers">
        <summary>{t('yourAnswers')}</summary>
        <AnswerSummary answers={answers} onEdit={onEdit} />
      </details>

      <MatchNotices result={result} />

      <form className="filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
        <TaxonomySelect
          label={t('filters.channel')}
          allLabel={t('filters.allChannels')}
          taxonomy="channels"
          ids={CHANNEL_IDS}
          value={channel}
          onChange={setChannel}
        />
        <TaxonomySelect
          label={t('filters.audience')}
          allLabel={t('filters.allAudiences')}
          taxonomy="audiences"
          ids={AUDIENCE_IDS}
          value={audience}
          onChange={setAudience}
        />
        {complete.needs.length > 1 && (
          <fieldset className="field view-toggle">
            <legend>{t('view.label')}</legend>
            <label className="choice">
              <input type="radio" name="view" checked={view === 'list'} onChange={() => setView('list')} />
              <span>{t('view.list')}</span>
            </label>
            <label className="choice">
              <input
                type="radio"
                name="view"
                checked={view === 'byNeed'}
                onChange={() => setView('byNeed')}
              />
              <span>{t('view.byNeed')}</span>
            </label>
          </fieldset>
        )}
        <p className="hint" aria-live="polite">
          {t('filters.status', { count: visible.length, total: result.items.length })}
        </p>
      </form>

      {view === 'list' || complete.needs.length === 1 ? (
        <>
          <section aria-labelledby="client-tools-heading">
            <h2 id="client-tools-heading">{t('groups.client', { count: clientItems.length })}</h2>
            {clientItems.length > 0 ? renderCards(clientItems) : <p>{t('groups.empty')}</p>}
          </section>
          {professionalItems.length > 0 && (
            <section aria-labelledby="professional-tools-heading">
              <h2 id="professional-tools-heading">
                {t('groups.professional', { count: professionalItems.length })}
              </h2>
              <p className="hint">{t('groups.professionalNote')}</p>
              {renderCards(professionalItems)}
            </section>
          )}
        </>
      ) : (
        complete.needs.map((need) => {
          const ids = result.byNeed[need] ?? [];
          const items = ids.flatMap((id) => itemsById.get(id) ?? []).filter(passes);
          return (
            <section key={need} aria-labelledby={`need-${need}-heading`}>
              <h2 id={`need-${need}-heading`}>
                {t('byNeedHeading', { need: label('needs', need), count: items.length })}
              </h2>
              {items.length > 0 ? renderCards(items) : <p>{t('groups.empty')}</p>}
            </section>
          );
        })
      )}

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
      />
    </StepFrame>
  );
}
