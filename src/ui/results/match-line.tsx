import { useTranslation } from 'react-i18next';
import type { Reason } from '../../engine/recommend.ts';
import { useMatchValues } from './reason-text.ts';

/** "Matches: …" and "Catalogue's estimate, not confirmed: …", each one short line. */
export function MatchLine({ reasons }: { reasons: readonly Reason[] }) {
  const { t } = useTranslation('results');
  const matchValues = useMatchValues();
  const { stated, guessed } = matchValues(reasons);
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
