import { useTranslation } from 'react-i18next';
import type { PlanningNotice as WizardNotice } from '../../../flows/planning-machine.ts';

/** Tells the practitioner what was dropped on the way in, in plain words; nothing is lost silently. */
export function Notices({ notices, onDismiss }: { notices: readonly WizardNotice[]; onDismiss: () => void }) {
  const { t } = useTranslation('wizard');
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <h2 className="notice__title">{t('notices.title')}</h2>
      <ul>
        {notices.map((notice) => (
          <li key={notice.kind}>
            {notice.kind === 'link-dropped' ? (
              <>
                {t('notices.linkDropped', { count: notice.dropped.length })}
                <ul className="notice__details">
                  {notice.dropped.map((d, i) => (
                    <li key={i}>
                      <code>{d.param}</code>: <code>{d.value}</code> – {t(`notices.reasons.${d.reason}`)}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              t(notice.kind === 'storage-corrupted' ? 'notices.storageCorrupted' : 'notices.storageOutdated')
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
