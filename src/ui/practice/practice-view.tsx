import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { EventFrom } from 'xstate';
import { useTranslation } from 'react-i18next';
import { completeAnswers } from '../../domain/answers.ts';
import { findScenario, scenarioIds, scenarios, type Scenario } from '../../domain/scenario.ts';
import { scorePractice, type PracticeFeedback } from '../../engine/practice-score.ts';
import {
  nextScenarioId,
  practiceAttempt,
  practiceMachine,
  practiceStepOf,
} from '../../../flows/practice-machine.ts';
import { useLocalized } from '../shared/labels.ts';
import { questionFrame, StepFrame } from '../shared/step-frame.tsx';
import { NeedsStep } from '../questions/needs-step.tsx';
import { AgeGroupStep } from '../questions/age-group-step.tsx';
import { LanguageStep } from '../questions/language-step.tsx';
import { ChannelsStep } from '../questions/channels-step.tsx';
import { AccessStep } from '../questions/access-step.tsx';
import { ScenarioList } from './scenario-list.tsx';
import { PickToolsStep } from './pick-tools-step.tsx';
import { EthicsStep } from './ethics-step.tsx';
import { FeedbackView } from './feedback-view.tsx';
import { usePracticeProgress } from './practice-progress.ts';

type PracticeSend = EventFrom<typeof practiceMachine>;

/** "All cases": leaves the current case for the list (the attempt is not kept). */
function ExitButton({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation('practice');
  return (
    <p className="practice-exit">
      <button type="button" className="button button--quiet" onClick={onExit}>
        {t('allCases')}
      </button>
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

/**
 * Practice mode: runs the practice statechart over the bundled fictional scenarios, keeps the
 * student's completed cases and best scores on the device, and moves focus to each new
 * heading once the student has acted (not on the first page load).
 */
export function PracticeView({ scenarioId }: { scenarioId?: string | undefined }) {
  const { t } = useTranslation('practice');
  const { t: tWizard } = useTranslation('wizard');
  const localized = useLocalized();
  const actor = useActorRef(practiceMachine, {
    input: { scenarios, scenarioId },
  });
  const step = useSelector(actor, (s) => practiceStepOf(s.value));
  const context = useSelector(actor, (s) => s.context);
  const { progress, record, corrupted, dismissCorrupted } = usePracticeProgress();
  const [unknownLink, setUnknownLink] = useState(
    () => scenarioId !== undefined && !scenarioIds.includes(scenarioId),
  );
  const [moved, setMoved] = useState(false);

  const send = useCallback(
    (event: PracticeSend) => {
      setMoved(true);
      actor.send(event);
    },
    [actor],
  );

  const scenario = context.scenarioId === undefined ? undefined : findScenario(context.scenarioId);
  const answers = context.answers;
  const complete = useMemo(() => completeAnswers(answers), [answers]);
  // Scored once, when the attempt is handed in; shown while the machine is in feedback.
  const [feedback, setFeedback] = useState<PracticeFeedback>();

  const markEthics = (ruleIds: string[]) => {
    send({ type: 'practice.markEthics', ruleIds });
    const after = actor.getSnapshot();
    const attempt = practiceAttempt(after.context);
    const done = after.context.scenarioId === undefined ? undefined : findScenario(after.context.scenarioId);
    if (practiceStepOf(after.value) === 'feedback' && attempt && done) {
      const result = scorePractice(done, attempt);
      setFeedback(result);
      // The device keeps only the case id and the best percent.
      record(done.id, result.score.percent);
    }
  };

  const back = () => send({ type: 'nav.back' });
  const exit = () => send({ type: 'practice.exit' });
  const focusOnMount = moved;
  const frame = questionFrame(step, focusOnMount);
  const hasNext = nextScenarioId(context) !== undefined;

  const notices = (
    <>
      {corrupted && (
        <div className="notice" role="status">
          <p>{t('notices.storageCorrupted')}</p>
          <button type="button" className="button button--secondary" onClick={dismissCorrupted}>
            {t('notices.dismiss')}
          </button>
        </div>
      )}
      {unknownLink && step === 'chooseScenario' && (
        <div className="notice" role="status">
          <p>{t('notices.unknownScenario')}</p>
        </div>
      )}
    </>
  );

  /** A question screen: the wizard's heading and form, with the case at hand. */
  const question = (key: string, title: string, intro: string | undefined, form: ReactNode) =>
    scenario && (
      <StepFrame
        key={key}
        title={title}
        intro={
          <>
            {intro !== undefined && <p>{intro}</p>}
            <CaseReminder scenario={scenario} />
          </>
        }
        {...frame}
      >
        {form}
        <ExitButton onExit={exit} />
      </StepFrame>
    );

  let screen: ReactNode = null;
  if (step === 'chooseScenario' || !scenario) {
    screen = (
      <ScenarioList
        scenarios={scenarios}
        progress={progress}
        focusOnMount={focusOnMount}
        onStart={(id) => {
          setUnknownLink(false);
          send({ type: 'practice.choose', scenarioId: id });
        }}
      />
    );
  } else if (step === 'vignette') {
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
          <button type="button" className="button button--secondary" onClick={back}>
            {t('allCases')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => send({ type: 'practice.begin' })}
          >
            {t('vignette.begin')}
          </button>
        </div>
      </StepFrame>
    );
  } else if (step === 'needs') {
    screen = question(
      'needs',
      tWizard('needs.title'),
      tWizard('needs.intro'),
      <NeedsStep
        value={answers.needs}
        onAnswer={(needs) => send({ type: 'answer.needs', needs })}
        onBack={back}
      />,
    );
  } else if (step === 'ageGroup') {
    screen = question(
      'ageGroup',
      tWizard('ageGroup.title'),
      undefined,
      <AgeGroupStep
        value={answers.ageGroup}
        onAnswer={(ageGroup) => send({ type: 'answer.ageGroup', ageGroup })}
        onBack={back}
      />,
    );
  } else if (step === 'language') {
    screen = question(
      'language',
      tWizard('language.title'),
      tWizard('language.intro'),
      <LanguageStep
        value={answers.language}
        onAnswer={(language) => send({ type: 'answer.language', language })}
        onBack={back}
      />,
    );
  } else if (step === 'channels') {
    screen = question(
      'channels',
      tWizard('channels.title'),
      undefined,
      <ChannelsStep
        value={answers.channels}
        onAnswer={(channels) => send({ type: 'answer.channels', channels })}
        onBack={back}
      />,
    );
  } else if (step === 'access') {
    screen = question(
      'access',
      tWizard('access.title'),
      tWizard('access.intro'),
      <AccessStep
        value={answers.access}
        onAnswer={(access) => send({ type: 'answer.access', access })}
        onBack={back}
      />,
    );
  } else if (step === 'pickTools' && complete) {
    screen = (
      <StepFrame
        key="pickTools"
        title={t('pickTools.title')}
        intro={
          <>
            <p>{t('pickTools.intro')}</p>
            <CaseReminder scenario={scenario} />
          </>
        }
        focusOnMount={focusOnMount}
      >
        <PickToolsStep
          answers={complete}
          value={context.tools}
          onPick={(toolIds) => send({ type: 'practice.pickTools', toolIds })}
          onBack={back}
        />
        <ExitButton onExit={exit} />
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
            <CaseReminder scenario={scenario} />
          </>
        }
        focusOnMount={focusOnMount}
      >
        <EthicsStep
          answers={complete}
          toolIds={context.tools}
          value={context.ethics}
          onMark={markEthics}
          onBack={back}
        />
        <ExitButton onExit={exit} />
      </StepFrame>
    );
  } else if (step === 'feedback' && feedback) {
    screen = (
      <FeedbackView
        key={`feedback-${scenario.id}`}
        scenario={scenario}
        feedback={feedback}
        best={progress.best[scenario.id]}
        hasNext={hasNext}
        focusOnMount={focusOnMount}
        onRetry={() => send({ type: 'practice.retry' })}
        onNext={() => send({ type: 'practice.next' })}
        onExit={exit}
      />
    );
  }

  return (
    <div className="practice">
      {notices}
      {screen}
    </div>
  );
}
