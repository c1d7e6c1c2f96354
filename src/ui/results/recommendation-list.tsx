import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../domain/answers.ts';
import { toolsById } from '../../domain/catalogue-data.ts';
import { AUDIENCE_IDS, CHANNEL_IDS, type AudienceId, type ChannelId } from '../../domain/taxonomy.ts';
import type { Recommendation, RecommendResult } from '../../engine/recommend.ts';
import { useLabels } from '../shared/labels.ts';
import { TaxonomySelect } from '../shared/taxonomy-select.tsx';
import { ToolCard } from './tool-card.tsx';
import { RankedList } from './ranked-list.tsx';
import { SharedReasons } from './shared-reasons.tsx';
import { sharedReasons } from './fit-band.ts';
import { useCardText } from './card-text.ts';

interface RecommendationListProps {
  answers: Answers;
  result: RecommendResult;
  chosenTools: readonly string[];
  onToggleTool: (toolId: string) => void;
}

type ListView = 'list' | 'byNeed';

/** One list, or one list per chosen need. */
function ViewToggle({ view, onChange }: { view: ListView; onChange: (view: ListView) => void }) {
  const { t } = useTranslation('results');
  return (
    <fieldset className="field view-toggle">
      <legend>{t('view.label')}</legend>
      <label className="choice">
        <input type="radio" name="view" checked={view === 'list'} onChange={() => onChange('list')} />
        <span>{t('view.list')}</span>
      </label>
      <label className="choice">
        <input type="radio" name="view" checked={view === 'byNeed'} onChange={() => onChange('byNeed')} />
        <span>{t('view.byNeed')}</span>
      </label>
    </fieldset>
  );
}

/**
 * The ranked cards with their filters (channel, audience) and the choice of one list or a
 * list per need. The filters are view state: they change what is shown, not the session.
 */
export function RecommendationList({
  answers: complete,
  result,
  chosenTools,
  onToggleTool,
}: RecommendationListProps) {
  const { t } = useTranslation('results');
  const { label } = useLabels();
  const text = useCardText();
  const [channel, setChannel] = useState<ChannelId | 'all'>('all');
  const [audience, setAudience] = useState<AudienceId | 'all'>('all');
  const [view, setView] = useState<ListView>('list');

  const passes = (item: Recommendation) => {
    const tool = toolsById.get(item.toolId);
    if (!tool) return false;
    return (
      (channel === 'all' || tool.channels.includes(channel)) &&
      (audience === 'all' || tool.audience.includes(audience))
    );
  };
  const visible = result.items.filter(passes);
  const shared = sharedReasons(visible);
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
            tool={tool}
            shared={shared}
            recommendation={item}
            chosen={chosenTools.includes(item.toolId)}
            onChosenChange={() => onToggleTool(item.toolId)}
            text={text}
          />
        );
      }}
    />
  );

  const clientItems = visible.filter((i) => i.group === 'client');
  const professionalItems = visible.filter((i) => i.group === 'professional');

  return (
    <>
      {/* The filters change what is shown, not the session: closed, so the cards come first. */}
      <details className="filters-box">
        <summary>{t('filters.open')}</summary>
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
          {complete.needs.length > 1 && <ViewToggle view={view} onChange={setView} />}
        </form>
      </details>
      <p className="hint filters-status" aria-live="polite">
        {t('filters.status', { count: visible.length, total: result.items.length })}
      </p>

      <SharedReasons
        shared={shared}
        anyUnverified={visible.some((i) => toolsById.get(i.toolId)?.status.state === 'unverified')}
        text={text}
      />

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
    </>
  );
}
