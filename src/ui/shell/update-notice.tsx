import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { updateState } from './updates.ts';

/**
 * "A new version is available – reload", at the bottom of the screen. The status region is
 * always there (empty until then), so screen readers announce the notice when it appears.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(updateState.subscribe, updateState.get, updateState.getServer);
  return (
    <div role="status" className="update-notice">
      {state.kind === 'available' && (
        <div className="update-notice__box">
          <p>{t('update.available')}</p>
          <button type="button" className="button button--primary" onClick={state.reload}>
            {t('update.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
