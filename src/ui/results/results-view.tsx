import {
  lazy,
  memo,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { completeAnswers, type PartialAnswers, type QuestionId } from '../../domain/answers.ts';
import { catalogue } from '../../domain/catalogue-data.ts';
import { recommend } from '../../engine/recommend.ts';
import { StepFrame } from '../shared/step-frame.tsx';
import { AnswerSummary } from '../shared/answer-summary.tsx';
import { MatchNotices } from './match-notices.tsx';
import { RecommendationList } from './recommendation-list.tsx';
import { DetailsOnOpen } from '../shared/details-on-open.tsx';
import { Loading } from '../shared/loading.tsx';
import { ResultsFrame } from './results-frame.tsx';

/**
 * The ethics prompts and the plan come after the cards, in a chunk of their own: the cards
 * paint without waiting for the ethics rules (most of the results' weight) to arrive and run.
 */
const EthicsAndPlan = lazy(() =>
  import('./ethics-and-plan.tsx').then((m) => ({ default: memo(m.EthicsAndPlan) })),
);

/**
 * The cards drawn again only when what they show changes. The planning view renders again
 * as the session settles (the catalogue arrives for the plan, the session connects), and each
 * time the whole results were drawn again, synchronously: a long task on a phone.
 */
const Cards = memo(RecommendationList);

/**
 * True from the frame after the first paint: what follows the cards starts loading only once
 * they are on screen, so its chunk does not compete with them (a page-load simulation such as
 * Lighthouse's counts every request started before the largest paint as delaying it).
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      // A transition: what follows the cards is drawn in slices the phone can answer taps
      // between, not in one task.
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

/** A callback that keeps its identity and calls the latest one given (for memoized children). */
function useStableCallback<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

interface ResultsViewProps {
  answers: PartialAnswers;
  /** The session's plan (owned by the planning statechart): chosen tools, considered prompts. */
  plan: { tools: readonly string[]; considered: readonly string[]; note: string };
  focusOnMount: boolean;
  onEdit: (question: QuestionId) => void;
  onToggleTool: (toolId: string) => void;
  onToggleConsidered: (promptId: string) => void;
  onNoteChange: (note: string) => void;
}

/**
 * Ranked, explained recommendations with filters, the ethics prompts and the plan. Drawn again
 * only when its props change: the planning view renders again as the session settles (the
 * catalogue arrives for the plan), synchronously, as every change of the statechart is.
 */
export const ResultsView = memo(function ResultsView(props: ResultsViewProps) {
  const { answers, focusOnMount, onEdit, plan } = props;
  const { t } = useTranslation('results');
  const complete = useMemo(() => completeAnswers(answers), [answers]);
  const result = useMemo(() => (complete ? recommend(complete, catalogue) : undefined), [complete]);
  const onToggleTool = useStableCallback(props.onToggleTool);
  const onToggleConsidered = useStableCallback(props.onToggleConsidered);
  const onNoteChange = useStableCallback(props.onNoteChange);
  const painted = useAfterFirstPaint();

  if (!complete || !result) {
    return (
      <StepFrame title={t('title')} focusOnMount={focusOnMount}>
        <p>{t('incomplete')}</p>
      </StepFrame>
    );
  }

  return (
    <ResultsFrame count={catalogue.length} focusOnMount={focusOnMount}>
      <DetailsOnOpen className="results__answers" summary={t('yourAnswers')}>
        {() => <AnswerSummary answers={answers} onEdit={onEdit} />}
      </DetailsOnOpen>

      <MatchNotices result={result} />

      <Cards answers={complete} result={result} chosenTools={plan.tools} onToggleTool={onToggleTool} />
      {painted ? (
        <Suspense fallback={<Loading />}>
          <EthicsAndPlan
            answers={complete}
            result={result}
            plan={plan}
            onToggleConsidered={onToggleConsidered}
            onNoteChange={onNoteChange}
          />
        </Suspense>
      ) : (
        <Loading />
      )}
    </ResultsFrame>
  );
});
