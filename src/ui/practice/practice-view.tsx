import { useEffect, useState, type ReactNode } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { EventFrom } from 'xstate';
import { useTranslation } from 'react-i18next';
import { completeAnswers, isStepId } from '../../domain/answers.ts';
import { type Scenario } from '../../domain/scenario.ts';
import { scenarios } from '../../domain/scenario-data.ts';
import {
  builtInScenarios,
  currentScenario,
  nextScenarioId,
  practiceMachine,
  practiceStepOf,
  type PracticeContext,
} from '../../../flows/practice-machine.ts';
import { encodePracticeQuery } from '../../domain/share-link.ts';
import { useLocalized, useUiLanguage } from '../shared/labels.ts';
import { Button } from '../shared/form.tsx';
import { StepFrame } from '../shared/step-frame.tsx';
import { QuestionScreen } from '../questions/question-step.tsx';
import { ScenarioList } from './scenario-list.tsx';
import { PickToolsStep } from './pick-tools-step.tsx';
import { EthicsStep } from './ethics-step.tsx';
import { FeedbackView } from './feedback-view.tsx';
import { PracticeNotices } from './practice-notices.tsx';
import { loadPracticeProgress, savePracticeProgress } from './practice-progress.ts';

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

/** The practice statechart with its one side effect: the progress record kept on the device. */
const devicePracticeMachine = practiceMachine.provide({
  actions: { recordProgress: ({ context }) => savePracticeProgress(context.progress) },
});

/**
 * Practice mode. The practice statechart owns the attempt, its feedback (scored on entering
 * the feedback state), the progress and the notices; this view sends events and renders.
 * Focus moves to each new heading once the student has acted (not on the first page load).
 */
export function PracticeView({ scenarioId }: { scenarioId?: string | undefined }) {
  // The device record is read once; the statechart owns the progress from then on.
  const [stored] = useState(loadPracticeProgress);
  const actor = useActorRef(devicePracticeMachine, {
    input: { scenarios, scenarioId, progress: stored.progress, progressCorrupted: stored.corrupted },
  });
  const step = useSelector(actor, (s) => practiceStepOf(s.value));
  const context = useSelector(actor, (s) => s.context);
  const [moved, setMoved] = useState(false);
  const ui = useUiLanguage();
  // Each case has its own address (?mode=practice&case=<id>&ui=..), kept through a reload
  // and a language switch; the list is ?mode=practice.
  const openCase = context.scenarioId;
  useEffect(() => {
    const url = `${window.location.pathname}${encodePracticeQuery(openCase, ui)}`;
    if (`${window.location.pathname}${window.location.search}` !== url)
      window.history.replaceState(null, '', url);
  }, [openCase, ui]);
  const send = (event: PracticeSend) => {
    setMoved(true);
    actor.send(event);
  };

  const scenario = currentScenario(context);
  const back = () => send({ type: 'nav.back' });
  const exit = () => send({ type: 'practice.exit' });
  return (
    <div className="practice">
      <PracticeNotices
        notices={
          step === 'chooseScenario'
            ? context.notices
            : context.notices.filter((n) => n !== 'unknown-scenario')
        }
        onDismiss={(kind) => send({ type: 'notices.dismiss', kind })}
      />
      {scenario === undefined || step === 'chooseScenario' ? (
        <ScenarioList
          scenarios={builtInScenarios(context)}
          progress={context.progress}
          focusOnMount={moved}
          onStart={(id) => send({ type: 'practice.choose', scenarioId: id })}
          caseFiles={context.caseFiles}
          onOpenCaseFile={(file) => send({ type: 'practice.openCaseFile', file })}
          onRemoveCaseFile={(file) => send({ type: 'practice.removeCaseFile', file })}
        />
      ) : (
        <PracticeStep
          step={step}
          scenario={scenario}
          context={context}
          focusOnMount={moved}
          send={send}
          onBack={back}
          onExit={exit}
        />
      )}
    </div>
  );
}

interface PracticeStepProps {
  step: ReturnType<typeof practiceStepOf>;
  scenario: Scenario;
  context: PracticeContext;
  focusOnMount: boolean;
  send: (event: PracticeSend) => void;
  onBack: () => void;
  onExit: () => void;
}

/** One screen of a case under way: the case text, a question, the pick, the ethics, the feedback. */
function PracticeStep({ step, scenario, context, focusOnMount, send, onBack, onExit }: PracticeStepProps) {
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
