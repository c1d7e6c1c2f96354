import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toolsById } from '../../domain/catalogue-data.ts';
import { ETHICS_KINDS, isSectionUnchecked, type EthicsSource } from '../../domain/ethics.ts';
import { rulesById } from '../../domain/ethics-data.ts';
import {
  groupFacts,
  splitPrompts,
  type EthicsFact,
  type EthicsPrompt,
  type ToolFact,
} from '../../engine/ethics.ts';
import { useLabels, useLocalized } from '../shared/labels.ts';
import { DetailsOnOpen } from '../shared/details-on-open.tsx';

/** A fact behind a prompt, in plain words. */
export function useFactText() {
  const { t } = useTranslation('ethics');
  const { label, ageGroup } = useLabels();
  const localized = useLocalized();
  const tool = (id: string) => {
    const name = toolsById.get(id)?.name;
    return name ? localized(name) : id;
  };
  return (fact: EthicsFact): string => {
    switch (fact.code) {
      case 'answer.ageGroup':
        return t('facts.answer.ageGroup', { ageGroup: ageGroup(fact.ageGroup) });
      case 'answer.need':
        return t('facts.answer.need', { need: label('needs', fact.need) });
      case 'answer.access':
        return t('facts.answer.access', {
          access: fact.access === 'skipped' ? t('accessSkipped') : label('access', fact.access),
        });
      case 'answer.language':
        return t('facts.answer.language', { lang: label('languages', fact.lang) });
      case 'tool.flag':
        return t('facts.tool.flag', { tool: tool(fact.toolId), flag: label('flags', fact.flag) });
      case 'tool.platform':
        return t('facts.tool.platform', {
          tool: tool(fact.toolId),
          platform: label('platforms', fact.platform),
        });
      case 'tool.kind':
        return t('facts.tool.kind', { tool: tool(fact.toolId), kind: label('kinds', fact.kind) });
      case 'tool.channel':
        return t('facts.tool.channel', { tool: tool(fact.toolId), channel: label('channels', fact.channel) });
      case 'tool.audience':
        return t('facts.tool.audience', {
          tool: tool(fact.toolId),
          audience: label('audiences', fact.audience),
        });
      case 'tool.need':
        return t('facts.tool.need', { tool: tool(fact.toolId), need: label('needs', fact.need) });
      case 'language.unsupported':
        return t('facts.language.unsupported', { lang: label('languages', fact.lang) });
      case 'always':
        return t('facts.always');
    }
  };
}

/**
 * A source as one line of text. A section named only by a secondary page (`seenOn`) carries
 * "section not checked on Finlex", so nobody takes it for a citation read on Finlex.
 */
export function useSourceText() {
  const { t } = useTranslation('ethics');
  const localized = useLocalized();
  return (source: EthicsSource): string =>
    isSectionUnchecked(source.law?.section)
      ? `${localized(source)} (${t('sectionNotChecked')})`
      : localized(source);
}

/** "Shown because" in one line: the answers, then each tool once with what about it applies. */
export function useBecauseText() {
  const { t } = useTranslation('ethics');
  const { label } = useLabels();
  const localized = useLocalized();
  const factText = useFactText();
  const aspect = (fact: ToolFact): string => {
    switch (fact.code) {
      case 'tool.flag':
        return label('flags', fact.flag);
      case 'tool.platform':
        return label('platforms', fact.platform);
      case 'tool.kind':
        return label('kinds', fact.kind);
      case 'tool.channel':
        return label('channels', fact.channel);
      case 'tool.audience':
        return label('audiences', fact.audience);
      case 'tool.need':
        return label('needs', fact.need);
    }
  };
  return (facts: readonly EthicsFact[]): string => {
    const { answers, tools } = groupFacts(facts);
    const parts = [
      ...answers.map(factText),
      ...tools.map(({ toolId, facts: toolFacts }) => {
        const name = toolsById.get(toolId)?.name;
        return t('toolWithAspects', {
          tool: name ? localized(name) : toolId,
          aspects: toolFacts.map(aspect).join(', '),
        });
      }),
    ];
    return t('shownBecause', { facts: parts.join('; ') });
  };
}

interface EthicsPanelProps {
  prompts: readonly EthicsPrompt[];
  considered: readonly string[];
  onConsideredChange: (ruleId: string, considered: boolean) => void;
}

/**
 * The ethical-consideration prompts, grouped by kind; a "must" cannot be hidden. The engine
 * decides which show by default (splitPrompts); the rest wait behind one "show more" button.
 */
export function EthicsPanel({ prompts, considered, onConsideredChange }: EthicsPanelProps) {
  const { t } = useTranslation('ethics');
  const localized = useLocalized();
  const becauseText = useBecauseText();
  const [showAll, setShowAll] = useState(false);
  const { shown, more } = splitPrompts(prompts);
  const visible = showAll ? prompts : shown;

  return (
    <section className="ethics" aria-labelledby="ethics-heading">
      <h2 id="ethics-heading">{t('heading')}</h2>
      <p className="ethics__intro">{t('intro')}</p>
      <div className="ethics__groups">
        {ETHICS_KINDS.map((kind) => {
          const group = visible.filter((p) => p.kind === kind);
          if (group.length === 0) return null;
          return (
            <div key={kind} className={`ethics__group ethics__group--${kind}`}>
              <h3>{t(`kinds.${kind}`)}</h3>
              <ul className="prompt-list">
                {group.map((prompt) => {
                  const rule = rulesById.get(prompt.ruleId);
                  if (!rule) return null;
                  const isConsidered = considered.includes(prompt.ruleId);
                  return (
                    <li
                      key={prompt.ruleId}
                      className="prompt"
                      data-prompt-id={prompt.ruleId}
                      data-kind={kind}
                    >
                      <p className="prompt__question" id={`prompt-${prompt.ruleId}-q`}>
                        {localized(rule.prompt)}
                      </p>
                      <div className="prompt__actions">
                        <label className="choice">
                          <input
                            type="checkbox"
                            checked={isConsidered}
                            aria-describedby={`prompt-${prompt.ruleId}-q`}
                            onChange={(e) => onConsideredChange(prompt.ruleId, e.target.checked)}
                          />
                          <span>{t('considered')}</span>
                        </label>
                        {/* Why, what raised it and the references, for whoever wants them: closed, so the questions stay easy to scan. */}
                        <DetailsOnOpen
                          className="prompt__more"
                          summary={t('whyAndSources', { count: rule.source.length })}
                        >
                          {() => (
                            <>
                              <p className="prompt__why">
                                <strong>{t('why')}</strong> {localized(rule.why)}
                              </p>
                              <p className="prompt__because">{becauseText(prompt.facts)}</p>
                              <ul className="prompt__source">
                                {rule.source.map((source, i) => (
                                  <li key={i}>
                                    {localized(source)}
                                    {isSectionUnchecked(source.law?.section) && (
                                      <span className="hint"> ({t('sectionNotChecked')})</span>
                                    )}
                                  </li>
                                ))}
                              </ul>
                            </>
                          )}
                        </DetailsOnOpen>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
      {more.length > 0 && (
        <button
          type="button"
          className="button button--link ethics__more"
          aria-expanded={showAll}
          onClick={() => setShowAll((on) => !on)}
        >
          {showAll ? t('showFewer') : t('showMore', { count: more.length })}
        </button>
      )}
    </section>
  );
}
