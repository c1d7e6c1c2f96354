import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_IDS } from '../../domain/answers.ts';

interface StepFrameProps {
  title: string;
  /** 1-based number of the question step, or undefined for the other screens. */
  stepNumber?: number;
  totalSteps?: number;
  intro?: ReactNode;
  /** Move focus to the heading when the step opens (not on the first page load). */
  focusOnMount: boolean;
  /** Use the screen's width (the results' cards and prompts sit side by side on a desktop). */
  wide?: boolean;
  children: ReactNode;
}

/** A step: progress in words, a heading that takes focus when the step opens, the content. */
export function StepFrame({
  title,
  stepNumber,
  totalSteps,
  intro,
  focusOnMount,
  wide = false,
  children,
}: StepFrameProps) {
  const { t } = useTranslation('wizard');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  // In the commit that shows the step, so focus is on its heading from the step's first frame
  // (a step that waited for its chunk would otherwise appear a moment before its focus did).
  useLayoutEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  return (
    <section className={wide ? 'step step--wide' : 'step'} aria-labelledby={headingId}>
      {stepNumber !== undefined && totalSteps !== undefined && (
        <p className="step__progress">
          {t('progress', { current: stepNumber, total: totalSteps })}
          <span className="progress-bar" aria-hidden="true">
            {Array.from({ length: totalSteps }, (_, i) => (
              <span key={i} className={i < stepNumber ? 'progress-bar__done' : undefined} />
            ))}
          </span>
        </p>
      )}
      <h1 id={headingId} ref={headingRef} tabIndex={-1} className="step__title">
        {title}
      </h1>
      {intro && <div className="step__intro">{intro}</div>}
      {children}
    </section>
  );
}

/** StepFrame props for a screen: the step's number and the total when `step` is a question step. */
export function questionFrame(step: string, focusOnMount: boolean) {
  const index = (STEP_IDS as readonly string[]).indexOf(step);
  return {
    focusOnMount,
    ...(index >= 0 ? { stepNumber: index + 1, totalSteps: STEP_IDS.length } : {}),
  };
}
