import { useTranslation } from 'react-i18next';
import { isFromArticle, sourceFootnotes, sourceRows, type Tool } from '../../domain/catalogue.ts';
import type { Reason, Recommendation } from '../../engine/recommend.ts';
import { useLabels, useLocalized } from '../shared/labels.ts';
import { useReasonText } from './reason-text.ts';
import { MatchLine } from './match-line.tsx';
import { ProviderText } from '../shared/provider-text.tsx';
import { withoutShared } from './fit-band.ts';
import { DetailsOnOpen } from '../shared/details-on-open.tsx';
import type { CardText } from './card-text.ts';

interface ToolCardProps {
  tool: Tool;
  recommendation: Recommendation;
  /** Reasons and caveats said once above the list: left off this card. */
  shared: { reasons: readonly Reason[]; caveats: readonly Reason[] };
  chosen: boolean;
  onChosenChange: (chosen: boolean) => void;
  /** The list's text helpers (card-text.ts), built once for all cards. */
  text: CardText;
}

/** What is behind a card, opened on demand: provider, contents, data processing, source, site. */
function ToolDetails({ tool, reasons, text }: { tool: Tool; reasons: readonly Reason[]; text: CardText }) {
  const { t, localized } = text;
  return (
    <DetailsOnOpen
      className="tool-card__details"
      summary={
        <>
          {t('details')}
          <span className="visually-hidden"> – {localized(tool.name)}</span>
        </>
      }
    >
      {() => <ToolDetailsBody tool={tool} reasons={reasons} />}
    </DetailsOnOpen>
  );
}

function ToolDetailsBody({ tool, reasons }: { tool: Tool; reasons: readonly Reason[] }) {
  const { t } = useTranslation('results');
  const reasonText = useReasonText();
  const { label } = useLabels();
  const localized = useLocalized();
  const rows = sourceRows(tool)
    .map((row) => label('needs', row))
    .join(', ');
  return (
    <>
      {reasons.length > 0 && (
        <>
          <p className="tool-card__why">{t('match.why')}</p>
          <ul className="reason-list reason-list--match">
            {reasons.map((r, i) => (
              <li key={i}>{reasonText(r)}</li>
            ))}
          </ul>
        </>
      )}
      {tool.status.state === 'unverified' && tool.status.note && (
        <p className="tool-card__status-note">{localized(tool.status.note)}</p>
      )}
      <p className="tool-card__meta">
        <ProviderText tool={tool} /> · {label('kinds', tool.kind)}
      </p>
      {tool.includes.length > 0 && (
        <p className="tool-card__includes">
          {t('includes')} {tool.includes.map((item) => item.name).join(', ')}
        </p>
      )}
      {tool.dataProcessing.commercialPlatform !== null && (
        <p className="tool-card__data">
          <strong>
            {t('dataProcessing', { platform: label('platforms', tool.dataProcessing.commercialPlatform) })}
          </strong>{' '}
          {localized(tool.dataProcessing.note)}
        </p>
      )}
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
    </>
  );
}

/**
 * One recommendation: name, one-line summary, what it matches of what was asked (beyond what
 * every card matches), its own caveats and the "add to plan" control; the rest on demand.
 */
export function ToolCard({ tool, recommendation, shared, chosen, onChosenChange, text }: ToolCardProps) {
  const { t, localized, reasonText } = text;
  const headingId = `tool-${tool.id}-name`;
  const name = localized(tool.name);
  const reasons = withoutShared(recommendation.reasons, shared.reasons);
  const caveats = withoutShared(recommendation.caveats, shared.caveats);
  // What "not confirmed" asks of the practitioner is said once above the list (SharedReasons).
  const unverified = tool.status.state === 'unverified';

  return (
    <article
      className={chosen ? 'tool-card tool-card--chosen' : 'tool-card'}
      data-tool-id={tool.id}
      aria-labelledby={headingId}
    >
      <div className="tool-card__head">
        <h3 id={headingId} className="tool-card__name">
          {name}
        </h3>
        {unverified && (
          <span className="tool-card__status" data-status="unverified">
            {t('status.label.unverified')}
          </span>
        )}
      </div>
      <p className="tool-card__summary">{localized(tool.summary)}</p>
      <MatchLine reasons={reasons} text={text} />
      {caveats.length > 0 && (
        <ul className="reason-list reason-list--caveat" aria-label={t('caveats')}>
          {caveats.map((r, i) => (
            <li key={i}>{reasonText(r)}</li>
          ))}
        </ul>
      )}
      <div className="tool-card__footer">
        <ToolDetails tool={tool} reasons={reasons} text={text} />
        <label className="plan-toggle">
          <input
            type="checkbox"
            checked={chosen}
            aria-label={t('propose', { name })}
            onChange={(e) => onChosenChange(e.target.checked)}
          />
          <span aria-hidden="true">{t('addToPlan')}</span>
        </label>
      </div>
    </article>
  );
}
