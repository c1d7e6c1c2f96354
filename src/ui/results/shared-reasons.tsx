import type { Reason } from '../../engine/recommend.ts';
import { MatchLine } from './match-line.tsx';
import type { CardText } from './card-text.ts';

/** Said once above the list: what every listed method matches or needs, and the disclaimer. */
export function SharedReasons({
  shared,
  anyUnverified,
  text,
}: {
  shared: { reasons: readonly Reason[]; caveats: readonly Reason[] };
  /** Some listed service's status is not confirmed: what that asks is said here, once. */
  anyUnverified: boolean;
  text: CardText;
}) {
  const { t, reasonText } = text;
  const any = shared.reasons.length > 0 || shared.caveats.length > 0;
  return (
    <div className="results-shared">
      {any && (
        <>
          <p className="results-shared__title">{t('sharedTitle')}</p>
          <MatchLine reasons={shared.reasons} text={text} />
          {shared.caveats.length > 0 && (
            <ul className="reason-list reason-list--caveat" aria-label={t('caveats')}>
              {shared.caveats.map((r, i) => (
                <li key={i}>{reasonText(r)}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {anyUnverified && (
        <p className="results-shared__status">
          <strong>{t('status.label.unverified')}</strong> – {t('status.verify')}
        </p>
      )}
      <p className="hint">{t('disclaimer')}</p>
    </div>
  );
}
