import type { ReactNode } from 'react';
import type { EventFrom } from 'xstate';
import { useTranslation } from 'react-i18next';
import { completeAnswers, isStepId } from '../../domain/answers.ts';
import type { Scenario } from '../../domain/scenario.ts';
import {
  nextScenarioId,
  type practiceMachine,
  type practiceStepOf,
  type PracticeContext,
} from '../../../flows/practice-machine.ts';
import { useLocalized } from '../shared/labels.ts';
import { Button } from '../shared/form.tsx';
import { StepFrame } from '../shared/step-frame.tsx';
import { QuestionScreen } from '../questions/question-step.tsx';
import { PickToolsStep } from './pick-tools-step.tsx';
import { EthicsStep } from './ethics-step.tsx';
import { FeedbackView } from './feedback-view.tsx';

// A case under way: its text, the questions, the pick, the ethics and the feedback. A chunk of
// its own (with the question forms, the catalogue, the ethics rules and the engine), so the
// list of cases shows without them; practice-view.tsx fetches it once the list is up.

type PracticeSend = EventFrom<typeof practiceMachine>;

/** "All cases": leaves the current case for the list (the attempt is not kept). */
function ExitButton({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation('practice');
  return (
    <p className="practice-exit">
      <Button variant="quiet" onClick={onExit}>
        {t('allCases')}
      </Button>
    </p>
  );
}

/** The case text again, folded, so a student can check it while answering. */
function CaseReminder({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation('practice');
  const localized = useLocalized();
  return (
    <details className="practice-reminder">
      <summary>{t('reminder', { title: localized(scenario.title) })}</summary>
      <p>{localized(scenario.vignette)}</p>
    </details>
  );
}

export interface PracticeStepProps {
  step: ReturnType<typeof practiceStepOf>;
  scenario: Scenario;
  context: PracticeContext;
  focusOnMount: boolean;
  send: (event: PracticeSend) => void;
  onBack: () => void;
  onExit: () => void;
}

/** One screen of a case under way: the case text, a question, the pick, the ethics, the feedback. */
export function PracticeStep({
  step,
  scenario,
  context,
  focusOnMount,
  send,
  onBack,
  onExit,
}: PracticeStepProps) {
  const { t } = useTranslation('practice');
  const localized = useLocalized();
  const complete = completeAnswers(context.answers);
  const reminder = <CaseReminder scenario={scenario} />;
  const exit = <ExitButton onExit={onExit} />;
  let screen: ReactNode = null;
  if (step === 'vignette') {
    screen = (
      <StepFrame
        key={`vignette-${scenario.id}`}
        title={localized(scenario.title)}
        intro={<p>{t('vignette.fictional')}</p>}
        focusOnMount={focusOnMount}
      >
        <div className="practice-vignette">
          <p>{localized(scenario.vignette)}</p>
        </div>
        <p className="hint">{t('vignette.instructions')}</p>
        <div className="step__actions">
          <Button variant="secondary" onClick={onBack}>
            {t('allCases')}
          </Button>
          <Button variant="primary" onClick={() => send({ type: 'practice.begin' })}>
            {t('vignette.begin')}
          </Button>
        </div>
      </StepFrame>
    );
  } else if (isStepId(step)) {
    screen = (
      <QuestionScreen
        step={step}
        answers={context.answers}
        focusOnMount={focusOnMount}
        onAnswer={send}
        onBack={onBack}
        aside={reminder}
        footer={exit}
      />
    );
  } else if (step === 'pickTools' && complete) {
    screen = (
      <StepFrame
        key="pickTools"
        title={t('pickTools.title')}
        intro={
          <>
            <p>{t('pickTools.intro')}</p>
            {reminder}
          </>
        }
        focusOnMount={focusOnMount}
      >
        <PickToolsStep
          answers={complete}
          value={context.tools}
          onPick={(toolIds, offered) => send({ type: 'practice.pickTools', toolIds, offered })}
          onBack={onBack}
        />
        {exit}
      </StepFrame>
    );
  } else if (step === 'ethics' && complete) {
    screen = (
      <StepFrame
        key="ethics"
        title={t('ethics.title')}
        intro={
          <>
            <p>{t('ethics.intro')}</p>
            {reminder}
          </>
        }
        focusOnMount={focusOnMount}
      >
        <EthicsStep
          answers={complete}
          toolIds={context.tools}
          value={context.ethics}
          onMark={(ruleIds, shown) => send({ type: 'practice.markEthics', ruleIds, shown })}
          onBack={onBack}
        />
        {exit}
      </StepFrame>
    );
  } else if (step === 'feedback' && context.feedback) {
    screen = (
      <FeedbackView
        key={`feedback-${scenario.id}`}
        scenario={scenario}
        feedback={context.feedback}
        best={context.progress.best[scenario.id]}
        hasNext={nextScenarioId(context) !== undefined}
        focusOnMount={focusOnMount}
        onRetry={() => send({ type: 'practice.retry' })}
        onNext={() => send({ type: 'practice.next' })}
        onExit={onExit}
      />
    );
  }
  return screen;
}
