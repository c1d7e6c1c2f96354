import { useTranslation } from 'react-i18next';
import type { PracticeProgress, Scenario } from '../../domain/scenario.ts';
import { useLocalized } from '../shared/labels.ts';
import { StepFrame } from '../shared/step-frame.tsx';

interface ScenarioListProps {
  scenarios: readonly Scenario[];
  progress: PracticeProgress;
  focusOnMount: boolean;
  onStart: (scenarioId: string) => void;
}

/**
 * The practice cases: title, whether it is done on this device, and Start. The needs and age
 * group are not shown, since naming them is part of the exercise.
 */
export function ScenarioList({ scenarios, progress, focusOnMount, onStart }: ScenarioListProps) {
  const { t } = useTranslation('practice');
  const localized = useLocalized();

  return (
    <StepFrame title={t('list.title')} intro={<p>{t('list.intro')}</p>} focusOnMount={focusOnMount}>
      <ul className="practice-list">
        {scenarios.map((scenario) => {
          const titleId = `practice-case-${scenario.id}`;
          const startId = `practice-start-${scenario.id}`;
          const best = progress.best[scenario.id];
          const completed = progress.completed.includes(scenario.id);
          return (
            <li key={scenario.id}>
              <article className="practice-case" aria-labelledby={titleId} data-scenario-id={scenario.id}>
                <h2 id={titleId} className="practice-case__title">
                  {localized(scenario.title)}
                </h2>
                <p
                  className={
                    completed ? 'practice-case__status practice-case__status--done' : 'practice-case__status'
                  }
                >
                  {completed
                    ? best === undefined
                      ? t('list.completed')
                      : t('list.completedBest', { percent: best })
                    : t('list.notCompleted')}
                </p>
                {/* Named "Start <case title>" so each button says which case it opens. */}
                <button
                  type="button"
                  id={startId}
                  aria-labelledby={`${startId} ${titleId}`}
                  className="button button--primary"
                  onClick={() => onStart(scenario.id)}
                >
                  {t('list.start')}
                </button>
              </article>
            </li>
          );
        })}
      </ul>
    </StepFrame>
  );
}
