import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { EventFrom } from 'xstate';
import { getI18n, useTranslation } from 'react-i18next';
import { isStepId, STEP_IDS, type QuestionId } from '../../domain/answers.ts';
import { resumeSnapshot, stepOf, planningMachine } from '../../../flows/planning-machine.ts';
import type { WizardBoot } from '../../../flows/wizard-boot.ts';
import { deviceStorage } from '../shared/device-storage.ts';
import { lazyWithStrings } from '../shared/lazy-view.ts';
import { ensureResources } from '../../i18n/i18n.ts';
import { useLocalized, useUiLanguage } from '../shared/labels.ts';
import type { QuestionScreen } from '../questions/question-step.tsx';
import type { ResultsView as ResultsViewType } from '../results/results-view.tsx';
import { Notices } from './notices.tsx';
import { StartOver } from './start-over.tsx';
import { browserEffects, connectPlanningSession, type PlanningSession } from './planning-session.ts';
import { Loading } from '../shared/loading.tsx';
/**
 * The results (the catalogue and the engine): a chunk of their own. When the app opens on them
 * (a share link), boot loads them with this view (loadResults) and with the strings beyond the
 * first screen, and they render at once, in the commit that replaces the page's prerendered
 * results frame, with no loading fallback between.
 */
let loadedResultsView: typeof ResultsViewType | undefined;
export const loadResults = () =>
  import('../results/results-view.tsx').then((m) => (loadedResultsView = m.ResultsView));
const LazyResultsView = lazyWithStrings(loadResults);

/**
 * The question forms (react-hook-form with the zod resolvers): a chunk of their own, so a
 * share link that opens the results loads them only when a question is opened again. When the
 * app opens on a question, boot loads them with this view (loadQuestions) and the forms render
 * at once: the prerendered first screen is hydrated in one pass, with no fallback between.
 */
let loadedQuestionScreen: typeof QuestionScreen | undefined;
export const loadQuestions = () =>
  import('../questions/question-step.tsx').then((m) => (loadedQuestionScreen = m.QuestionScreen));
const LazyQuestionScreen = lazy(() => loadQuestions().then((component) => ({ default: component })));

/**
 * The catalogue's ids, names and needs, for the plan to follow the answers. With the strings
 * beyond the first screen, which bring the catalogue's text: a question step names the tools
 * its answer took out of the plan.
 */
const loadPlanTools = () =>
  Promise.all([import('../../domain/catalogue-data.ts'), ensureResources(getI18n(), 'more')]).then(([m]) =>
    m.catalogue.map(({ id, name, needs }) => ({ id, name, needs })),
  );

type PlanningSend = EventFrom<typeof planningMachine>;

/**
 * The planning wizard. The statechart owns the session (answers, plan, notices); this view
 * sends events and renders. The device record, the address bar and browser back/forward are
 * kept in step by one subscriber (planning-session.ts).
 */
export function WizardView({ boot }: { boot: WizardBoot }) {
  const { t } = useTranslation('wizard');
  const ui = useUiLanguage();
  const localized = useLocalized();
  // The boot decision is read once: the statechart owns the session from then on.
  const [resumed] = useState(() =>
    resumeSnapshot(boot.answers, boot.step, {
      plan: { tools: boot.chosenTools, considered: boot.consideredPrompts },
      notices: boot.notices,
      holdRecord: boot.holdRecord,
    }),
  );
  const actor = useActorRef(planningMachine, { input: {}, snapshot: resumed });
  // One component for the whole visit: switching from the lazy one to the loaded one would
  // draw the open form afresh.
  const [Question] = useState(() => loadedQuestionScreen ?? LazyQuestionScreen);
  const [ResultsView] = useState(() => loadedResultsView ?? LazyResultsView);
  const step = useSelector(actor, (s) => stepOf(s.value));
  const { answers, plan, notices, restarts, tools, editing } = useSelector(actor, (s) => s.context);
  // Focus follows the practitioner's moves, not the first page load (UI state, not session data).
  const [moved, setMoved] = useState(false);
  // The session's effects, connected once mounted. A ref, not state: nothing on screen depends
  // on it, and setting state here re-rendered the view right after the prerendered first screen
  // was hydrated, which made React hydrate the question form in one long task, not in slices.
  const session = useRef<PlanningSession>(undefined);
  const uiRef = useRef(ui);

  useEffect(() => {
    const connected = connectPlanningSession(
      actor,
      browserEffects(() => uiRef.current, deviceStorage),
      () => setMoved(true),
    );
    session.current = connected;
    return () => {
      connected.stop();
      session.current = undefined;
    };
  }, [actor]);
  useEffect(() => {
    if (uiRef.current === ui) return;
    uiRef.current = ui;
    session.current?.refreshAddress();
  }, [ui]);

  // The plan can only be checked against the catalogue, which loads with the results.
  const needsCatalogue = tools === undefined && (step === 'results' || plan.tools.length > 0);
  useEffect(() => {
    if (!needsCatalogue) return;
    let live = true;
    void loadPlanTools().then((loaded) => live && actor.send({ type: 'catalogue.ready', tools: loaded }));
    return () => {
      live = false;
    };
  }, [needsCatalogue, actor]);

  const send = useCallback(
    (event: PlanningSend) => {
      setMoved(true);
      actor.send(event);
    },
    [actor],
  );
  const canBack = useSelector(actor, (s) => s.can({ type: 'nav.back' }));
  const back = () => send({ type: 'nav.back' });
  // The same functions on every render: the results (a memoised component) are not drawn
  // again when only the session's other parts change.
  const resultsActions = useMemo(
    () => ({
      onEdit: (question: QuestionId) => send({ type: 'review.edit', question }),
      onToggleTool: (toolId: string) => send({ type: 'plan.toggleTool', toolId }),
      onToggleConsidered: (promptId: string) => send({ type: 'plan.toggleConsidered', promptId }),
      onNoteChange: (note: string) => actor.send({ type: 'plan.note', note }),
    }),
    [send, actor],
  );
  const names = useMemo(() => new Map(tools?.map((tool) => [tool.id, tool.name])), [tools]);
  const toolName = (id: string) => {
    const name = names.get(id);
    return name ? localized(name) : id;
  };

  return (
    <div className="wizard">
      <Notices
        notices={notices}
        toolName={toolName}
        onDismiss={() => send({ type: 'notices.dismiss' })}
        onRestoreSaved={() => send({ type: 'session.restoreSaved' })}
      />
      {/* Start over draws the forms afresh, so none keeps its old values. */}
      <div key={restarts}>
        {isStepId(step) && (
          <Suspense fallback={<Loading />}>
            <Question
              step={step}
              answers={answers}
              focusOnMount={moved}
              onAnswer={send}
              onBack={canBack ? back : undefined}
              // The last step, and any step changed from the results, leads to the results.
              submitLabel={editing || step === STEP_IDS.at(-1) ? t('showResults') : undefined}
              // The client's language starts as the UI language, shown as chosen and changeable.
              suggestedLanguage={ui}
            />
          </Suspense>
        )}
        {step === 'results' && (
          <Suspense fallback={<Loading />}>
            <ResultsView answers={answers} plan={plan} focusOnMount={moved} {...resultsActions} />
          </Suspense>
        )}
      </div>
      {Object.keys(answers).length > 0 && <StartOver onConfirm={() => send({ type: 'wizard.restart' })} />}
    </div>
  );
}
