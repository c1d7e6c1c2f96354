import { useTranslation } from 'react-i18next';
import type { Tool } from '../../domain/catalogue.ts';
import { toolsById } from '../../domain/catalogue-data.ts';
import { useLocalized } from './labels.ts';

/**
 * What is known of a catalogue entry's standing today. On a recommendation card only an
 * unverified entry is marked (closed and replaced ones are never ranked); the catalogue shows
 * every state, so a closed service reads as history from the article, not as an offer.
 */
export function StatusMark({ tool, full = false }: { tool: Tool; full?: boolean }) {
  const { t } = useTranslation('results');
  const localized = useLocalized();
  const { state, note, replacedBy, evidence } = tool.status;
  if (!full && state !== 'unverified') return null;
  const replacement = replacedBy ? toolsById.get(replacedBy) : undefined;
  return (
    <div className={`status-mark status-mark--${state}`} data-status={state}>
      <p>
        <strong>{t(`status.label.${state}`)}</strong>
        {state === 'unverified' && ` – ${t('status.verify')}`}
        {(state === 'discontinued' || state === 'replaced') && ` – ${t('status.history')}`}
      </p>
      {replacement && <p>{t('status.replacedBy', { name: localized(replacement.name) })}</p>}
      {note && <p>{localized(note)}</p>}
      {full && evidence && (
        <p>
          <a href={evidence} rel="noopener noreferrer" target="_blank">
            {t('status.evidence', { host: new URL(evidence).host })}
            <span className="visually-hidden"> {t('opensNewWindow')}</span>
          </a>
        </p>
      )}
    </div>
  );
}
