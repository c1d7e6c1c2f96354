import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { EventFrom } from 'xstate';
import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../domain/answers.ts';
import { encodeShareQuery } from '../../domain/share-link.ts';
import { SESSION_STORAGE_KEY, serializeSessionRecord } from '../../domain/session-record.ts';
import { resumeSnapshot, stepOf, planningMachine, type WizardStep } from '../../../flows/planning-machine.ts';
import type { WizardBoot } from '../../../flows/wizard-boot.ts';
import { deviceStorage } from '../shared/device-storage.ts';
import { lazyWithStrings } from '../shared/lazy-view.ts';
import { useUiLanguage } from '../shared/labels.ts';
import { questionFrame, StepFrame } from '../shared/step-frame.tsx';
import { NeedsStep } from '../questions/needs-step.tsx';
import { AgeGroupStep } from '../questions/age-group-step.tsx';
import { LanguageStep } from '../questions/language-step.tsx';
import { ChannelsStep } from '../questions/channels-step.tsx';
import { AccessStep } from '../questions/access-step.tsx';
import { AnswerSummary } from '../shared/answer-summary.tsx';
import { Notices } from './notices.tsx';
import { StartOver } from './start-over.tsx';
// The results bring the catalogue, the ethics rules, the engine and their strings.
const ResultsView = lazyWithStrings(() => import('../results/results-view.tsx').then((m) => m.ResultsView));

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The planning wizard: runs the statechart, keeps the device record and the address bar in
 * step with it, maps browser back/forward to steps, and moves focus to each new heading.
 */
export function WizardView({ boot }: { boot: WizardBoot }) {
  const { t } = useTranslation('wizard');
  const ui = useUiLanguage();
  // The boot decision is read once: the actor owns the state from then on.
  const [initial] = useState(() => resumeSnapshot(boot.answers, boot.step));
  const actor = useActorRef(planningMachine, { input: { tools: [] }, snapshot: initial });
  const step = useSelector(actor, (s) => stepOf(s.value));
  const answers = useSelector(actor, (s) => s.context.answers);
  const [chosenTools, setChosenTools] = useState<string[]>(boot.chosenTools);
  const [consideredPrompts, setConsideredPrompts] = useState<string[]>(boot.consideredPrompts);
  const [notices, setNotices] = useState(boot.notices);
  // Focus follows the practitioner's moves, not the first page load.
  const [moved, setMoved] = useState(false);
  const fromHistory = useRef(false);
  /** The step and address last written to history; null before the first write. */
  const current = useRef<{ step: WizardStep; url: string } | null>(null);
  // Start over remounts the steps, so a form that stays on screen forgets its old values.
  const [generation, setGeneration] = useState(0);

  // Keep the device record current: ids and dates only, never free text.
  useEffect(() => {
    deviceStorage.set(
      SESSION_STORAGE_KEY,
      serializeSessionRecord({ version: 1, step, answers, chosenTools, consideredPrompts, savedOn: today() }),
    );
  }, [step, answers, chosenTools, consideredPrompts]);

  // The address bar mirrors the answers; each new step is a history entry.
  useEffect(() => {
    const url = `${window.location.pathname}${encodeShareQuery(answers, ui)}`;
    const isNewStep = current.current !== null && current.current.step !== step;
    if (isNewStep && !fromHistory.current) window.history.pushState({ step }, '', url);
    else window.history.replaceState({ step }, '', url);
    fromHistory.current = false;
    current.current = { step, url };
  }, [step, answers, ui]);

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const target = (event.state as { step?: WizardStep } | null)?.step;
      if (!target) return;
      const goto = { type: 'nav.goto', step: target } as const;
      if (actor.getSnapshot().can(goto)) {
        fromHistory.current = true;
        setMoved(true);
        actor.send(goto);
      } else if (current.current) {
        // The entry's step cannot open for the current answers (e.g. after Start over):
        // stay, and put the current answers back in the address so a reload cannot revive
        // the old ones from that entry's link.
        window.history.replaceState({ step: current.current.step }, '', current.current.url);
      }
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [actor]);

  const send = useCallback(
    (event: EventFrom<typeof planningMachine>) => {
      setMoved(true);
      actor.send(event);
    },
    [actor],
  );

  const restart = useCallback(() => {
    send({ type: 'wizard.restart' });
    setGeneration((g) => g + 1);
    setChosenTools([]);
    setConsideredPrompts([]);
    setNotices([]);
  }, [send]);

  const back = () => send({ type: 'nav.back' });
  const canBack = useSelector(actor, (s) => s.can({ type: 'nav.back' }));
  const edit = (question: QuestionId) => send({ type: 'review.edit', question });
  const focusOnMount = moved;
  const frame = questionFrame(step, focusOnMount);
  const hasAnswers = Object.keys(answers).length > 0;

  return (
    <div className="wizard">
      <Notices notices={notices} onDismiss={() => setNotices([])} />
      <div key={generation}>
        {step === 'needs' && (
          <StepFrame key="needs" title={t('needs.title')} intro={<p>{t('needs.intro')}</p>} {...frame}>
            <NeedsStep
              value={answers.needs}
              onAnswer={(needs) => send({ type: 'answer.needs', needs })}
              onBack={canBack ? back : undefined}
            />
          </StepFrame>
        )}
        {step === 'ageGroup' && (
          <StepFrame key="ageGroup" title={t('ageGroup.title')} {...frame}>
            <AgeGroupStep
              value={answers.ageGroup}
              onAnswer={(ageGroup) => send({ type: 'answer.ageGroup', ageGroup })}
              onBack={back}
            />
          </StepFrame>
        )}
        {step === 'language' && (
          <StepFrame
            key="language"
            title={t('language.title')}
            intro={<p>{t('language.intro')}</p>}
            {...frame}
          >
            <LanguageStep
              value={answers.language}
              onAnswer={(language) => send({ type: 'answer.language', language })}
              onBack={back}
            />
          </StepFrame>
        )}
        {step === 'channels' && (
          <StepFrame key="channels" title={t('channels.title')} {...frame}>
            <ChannelsStep
              value={answers.channels}
              onAnswer={(channels) => send({ type: 'answer.channels', channels })}
              onBack={back}
            />
          </StepFrame>
        )}
        {step === 'access' && (
          <StepFrame key="access" title={t('access.title')} intro={<p>{t('access.intro')}</p>} {...frame}>
            <AccessStep
              value={answers.access}
              onAnswer={(access) => send({ type: 'answer.access', access })}
              onBack={back}
            />
          </StepFrame>
        )}
        {step === 'review' && (
          <StepFrame key="review" title={t('review.title')} intro={<p>{t('review.intro')}</p>} {...frame}>
            <AnswerSummary answers={answers} onEdit={edit} />
            <div className="step__actions">
              <button type="button" className="button button--secondary" onClick={back}>
                {t('back')}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => send({ type: 'review.confirm' })}
              >
                {t('review.confirm')}
              </button>
            </div>
          </StepFrame>
        )}
        {step === 'results' && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <ResultsView
              key="results"
              answers={answers}
              focusOnMount={focusOnMount}
              onEdit={edit}
              chosenTools={chosenTools}
              onChosenToolsChange={setChosenTools}
              consideredPrompts={consideredPrompts}
              onConsideredPromptsChange={setConsideredPrompts}
            />
          </Suspense>
        )}
      </div>
      {hasAnswers && <StartOver onConfirm={restart} />}
    </div>
  );
}
