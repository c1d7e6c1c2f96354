import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFrame } from '../shared/step-frame.tsx';
import { Loading } from '../shared/loading.tsx';

/**
 * The results' heading and intro around the cards (results-view.tsx), and around the loading
 * line of the frame the build prerenders for a share link that holds every answer
 * (ResultsPageFrame).
 */
export function ResultsFrame({
  count,
  focusOnMount,
  children,
}: {
  /** How many entries the catalogue has (the deployment's, with its overlays). */
  count: number;
  focusOnMount: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation('results');
  return (
    <StepFrame
      title={t('title')}
      focusOnMount={focusOnMount}
      wide
      intro={
        <p>
          {t('intro')} {t('catalogueSize', { count })}
        </p>
      }
    >
      {children}
    </StepFrame>
  );
}

/**
 * The frame the build prerenders for a share link that holds every answer
 * (scripts/prerender.tsx): shown before any of the app's code has arrived, then replaced by the
 * same heading and intro with the recommendations below. Placed as the planning view places
 * the results in the page (planning-view.tsx), so the heading stays where it is when the app
 * takes over; a loading line stands where the cards will be.
 */
export function ResultsPageFrame({ count }: { count: number }) {
  return (
    <div className="wizard">
      <div>
        <ResultsFrame count={count} focusOnMount={false}>
          <Loading />
        </ResultsFrame>
      </div>
    </div>
  );
}
