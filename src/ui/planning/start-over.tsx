import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Start over" with an inline confirmation, so answers are never cleared by one stray click. */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useTranslation('wizard');
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <div className="start-over">
        <button
          ref={openerRef}
          type="button"
          className="button button--quiet"
          onClick={() => setAsking(true)}
        >
          {t('restart.button')}
        </button>
      </div>
    );
  }
  return (
    <div className="start-over start-over--confirm" role="group" aria-labelledby="start-over-question">
      <p id="start-over-question" ref={questionRef} tabIndex={-1}>
        {t('restart.question')}
      </p>
      <div className="step__actions">
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('restart.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {t('restart.confirm')}
        </button>
      </div>
    </div>
  );
}
