import { useTranslation } from 'react-i18next';
import type { PracticeNotice } from '../../../flows/practice-machine.ts';
import { Button } from '../shared/form.tsx';

/** What practice mode did on its own: a record it could not read, a case link it did not know. */
export function PracticeNotices({
  notices,
  onDismiss,
}: {
  notices: readonly PracticeNotice[];
  onDismiss: (kind: PracticeNotice) => void;
}) {
  const { t } = useTranslation('practice');
  return (
    <>
      {notices.includes('storage-corrupted') && (
        <div className="notice" role="status">
          <p>{t('notices.storageCorrupted')}</p>
          <Button variant="secondary" onClick={() => onDismiss('storage-corrupted')}>
            {t('notices.dismiss')}
          </Button>
        </div>
      )}
      {notices.includes('unknown-scenario') && (
        <div className="notice" role="status">
          <p>{t('notices.unknownScenario')}</p>
        </div>
      )}
    </>
  );
}
