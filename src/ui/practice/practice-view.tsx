import { lazy, Suspense, useEffect, useState } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { EventFrom } from 'xstate';
import { scenarios } from '../../domain/scenario-data.ts';
import {
  builtInScenarios,
  currentScenario,
  practiceMachine,
  practiceStepOf,
} from '../../../flows/practice-machine.ts';
import { encodePracticeQuery } from '../../domain/share-link.ts';
import { useUiLanguage } from '../shared/labels.ts';
import { ScenarioList } from './scenario-list.tsx';
import { PracticeNotices } from './practice-notices.tsx';
import { loadPracticeProgress, savePracticeProgress } from './practice-progress.ts';
import { Loading } from '../shared/loading.tsx';

type PracticeSend = EventFrom<typeof practiceMachine>;

/** A case under way (practice-case.tsx): loaded once the list is shown, before a case is opened. */
const loadCase = () => import('./practice-case.tsx');
const PracticeStep = lazy(() => loadCase().then((m) => ({ default: m.PracticeStep })));

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
  // The case's chunk is fetched while the student reads the list, so Start opens it at once.
  useEffect(() => {
    void loadCase();
  }, []);

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
        <Suspense fallback={<Loading />}>
          <PracticeStep
            step={step}
            scenario={scenario}
            context={context}
            focusOnMount={moved}
            send={send}
            onBack={back}
            onExit={exit}
          />
        </Suspense>
      )}
    </div>
  );
}
