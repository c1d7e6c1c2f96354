import { useTranslation } from 'react-i18next';
import { isFromArticle, sourceFootnotes, sourceRows, type Tool } from '../../domain/catalogue.ts';
import type { Recommendation } from '../../engine/recommend.ts';
import { useLabels, useLocalized } from '../shared/labels.ts';
import { useReasonText } from './reason-text.ts';
import { StatusMark } from '../shared/status-mark.tsx';
import { ProviderText } from '../shared/provider-text.tsx';

interface ToolCardProps {
  rank: number;
  tool: Tool;
  recommendation: Recommendation;
  chosen: boolean;
  onChosenChange: (chosen: boolean) => void;
}

/** One ranked recommendation: what it is, who runs it, why it fits, what to weigh, where it comes from. */
export function ToolCard({ rank, tool, recommendation, chosen, onChosenChange }: ToolCardProps) {
  const { t } = useTranslation('results');
  const { label } = useLabels();
  const localized = useLocalized();
  const reasonText = useReasonText();
  const headingId = `tool-${tool.id}-name`;
  const rows = sourceRows(tool)
    .map((row) => label('needs', row))
    .join(', ');

  return (
    <article
      className={chosen ? 'tool-card tool-card--chosen' : 'tool-card'}
      data-tool-id={tool.id}
      aria-labelledby={headingId}
    >
      <header className="tool-card__header">
        <span className="tool-card__rank" aria-hidden="true">
          {rank}
        </span>
        <div>
          <h3 id={headingId} className="tool-card__name">
            <span className="visually-hidden">{t('rank', { rank })} </span>
            {localized(tool.name)}
          </h3>
          <p className="tool-card__meta">
            <ProviderText tool={tool} /> · {label('kinds', tool.kind)}
          </p>
        </div>
        <p className="tool-card__score">
          {t('score', { score: recommendation.score })}
          <span className="score-bar" aria-hidden="true">
            <span className={`score-bar__fill score-bar__fill--${Math.round(recommendation.score / 10)}`} />
          </span>
        </p>
      </header>
      <StatusMark tool={tool} />
      <p className="tool-card__summary">{localized(tool.summary)}</p>
      {tool.includes.length > 0 && (
        <p className="tool-card__includes">
          {t('includes')} {tool.includes.map((item) => item.name).join(', ')}
        </p>
      )}
      <div className="tool-card__reasons">
        {recommendation.reasons.length > 0 && (
          <div>
            <h4>{t('fits')}</h4>
            <ul className="reason-list reason-list--match">
              {recommendation.reasons.map((r, i) => (
                <li key={i}>{reasonText(r)}</li>
              ))}
            </ul>
          </div>
        )}
        {recommendation.caveats.length > 0 && (
          <div>
            <h4>{t('caveats')}</h4>
            <ul className="reason-list reason-list--caveat">
              {recommendation.caveats.map((r, i) => (
                <li key={i}>{reasonText(r)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {tool.dataProcessing.commercialPlatform !== null && (
        <p className="tool-card__data">
          <strong>
            {t('dataProcessing', { platform: label('platforms', tool.dataProcessing.commercialPlatform) })}
          </strong>{' '}
          {localized(tool.dataProcessing.note)}
        </p>
      )}
      <footer className="tool-card__footer">
        <p className="tool-card__source">
          {isFromArticle(tool) ? t('source', { rows }) : t('catalogue.beyond')}
          {sourceFootnotes(tool).length > 0 &&
            ` ${t('footnotes', { footnotes: sourceFootnotes(tool).join(', ') })}`}
          {tool.inferred.length > 0 && ` ${t('inferredNote')}`}
        </p>
        {tool.url && (
          <p>
            <a href={tool.url} rel="noopener noreferrer" target="_blank">
              {t('site', { host: new URL(tool.url).host })}
              <span className="visually-hidden"> {t('opensNewWindow')}</span>
            </a>
          </p>
        )}
        <label className="choice choice--propose">
          <input type="checkbox" checked={chosen} onChange={(e) => onChosenChange(e.target.checked)} />
          <span>{t('propose', { name: localized(tool.name) })}</span>
        </label>
      </footer>
    </article>
  );
}
