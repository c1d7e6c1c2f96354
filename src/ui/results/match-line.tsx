import type { Reason } from '../../engine/recommend.ts';
import type { CardText } from './card-text.ts';

/** "Matches: …" and "Catalogue's estimate, not confirmed: …", each one short line. */
export function MatchLine({ reasons, text }: { reasons: readonly Reason[]; text: CardText }) {
  const { t } = text;
  const { stated, guessed } = text.matchValues(reasons);
  if (stated.length === 0 && guessed.length === 0) return null;
  return (
    <ul className="reason-list reason-list--match match-line" aria-label={t('fits')}>
      {stated.length > 0 && (
        <li>
          <span className="match-line__label">{t('match.stated')}</span> {stated.join(', ')}
        </li>
      )}
      {guessed.length > 0 && (
        <li className="match-line--guessed">
          <span className="match-line__label">{t('match.guessed')}</span> {guessed.join(', ')}
        </li>
      )}
    </ul>
  );
}
