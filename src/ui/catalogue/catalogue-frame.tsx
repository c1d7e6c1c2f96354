import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFrame } from '../shared/step-frame.tsx';

/**
 * The catalogue's heading and intro around its content (catalogue-view.tsx). With no content
 * it is the frame the build prerenders for `?mode=catalogue` (scripts/prerender.tsx), shown
 * until the app has loaded and replaced by the same heading and intro with the list below.
 */
export function CatalogueFrame({ count, children }: { count: number; children?: ReactNode }) {
  const { t } = useTranslation('results');
  return (
    <StepFrame
      title={t('catalogue.title')}
      focusOnMount={false}
      intro={<p>{t('catalogue.intro', { count })}</p>}
    >
      {children}
    </StepFrame>
  );
}
