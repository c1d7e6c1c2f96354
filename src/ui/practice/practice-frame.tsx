import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFrame } from '../shared/step-frame.tsx';
import { Loading } from '../shared/loading.tsx';

/** The list of cases' heading and intro around its content (scenario-list.tsx). */
export function ScenarioListFrame({
  focusOnMount,
  children,
}: {
  focusOnMount: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation('practice');
  return (
    <StepFrame title={t('list.title')} intro={<p>{t('list.intro')}</p>} focusOnMount={focusOnMount}>
      {children}
    </StepFrame>
  );
}

/**
 * The practice list's frame as the build prerenders it for `?mode=practice`
 * (scripts/prerender.tsx): shown until the app has loaded, then replaced by the same heading
 * and intro with the list below (practice-view.tsx, scenario-list.tsx). Until then a loading
 * line stands where the list will be: on a slow connection that can be seconds.
 */
export function PracticeFrame() {
  return (
    <div className="practice">
      <ScenarioListFrame focusOnMount={false}>
        <Loading />
      </ScenarioListFrame>
    </div>
  );
}
