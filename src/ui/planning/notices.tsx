import { useTranslation } from 'react-i18next';
import type { PlanningNotice as WizardNotice } from '../../../flows/planning-machine.ts';

interface NoticesProps {
  notices: readonly WizardNotice[];
  /** A tool's name in the UI language (the plan's notice names the tools it took out). */
  toolName: (toolId: string) => string;
  onDismiss: () => void;
}

/**
 * Tells the practitioner, in plain words, what the app did on its own: values dropped from a
 * link or a record, and tools taken out of the plan. Nothing is lost silently.
 */
export function Notices({ notices, toolName, onDismiss }: NoticesProps) {
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
            ) : notice.kind === 'plan-dropped' ? (
              <>
                {t('notices.planDropped')}
                <ul className="notice__details">
                  {notice.toolIds.map((id) => (
                    <li key={id}>{toolName(id)}</li>
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
