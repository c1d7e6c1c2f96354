import { useTranslation } from 'react-i18next';

/** What a part of a view shows while its chunk loads: one status line, read out once. */
export function Loading() {
  const { t } = useTranslation('common');
  return <p role="status">{t('loading')}</p>;
}
