import { useTranslation } from 'react-i18next';
import type { PlanningNotice as WizardNotice } from '../../../flows/planning-steps.ts';

interface NoticesProps {
  notices: readonly WizardNotice[];
  /** A tool's name in the UI language (the plan's notice names the tools it took out). */
  toolName: (toolId: string) => string;
  onDismiss: () => void;
  /** Goes back to the plan saved on the device that a link did not open. */
  onRestoreSaved: () => void;
}

/** The notices that are one sentence each. */
const SENTENCES = {
  'link-too-long': 'notices.linkTooLong',
  'storage-corrupted': 'notices.storageCorrupted',
  'storage-outdated': 'notices.storageOutdated',
  'storage-future': 'notices.storageFuture',
  'storage-failed': 'notices.storageFailed',
} as const;

/**
 * Tells the practitioner, in plain words, what the app did on its own: values dropped from a
 * link or a record, and tools taken out of the plan. Nothing is lost silently.
 */
export function Notices({ notices, toolName, onDismiss, onRestoreSaved }: NoticesProps) {
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
            ) : notice.kind === 'saved-plan-kept' ? (
              <>
                {t('notices.savedPlanKept', { count: notice.saved.tools.length })}{' '}
                <button type="button" className="button button--secondary" onClick={onRestoreSaved}>
                  {t('notices.restoreSaved')}
                </button>
              </>
            ) : (
              t(SENTENCES[notice.kind])
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
