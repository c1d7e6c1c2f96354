import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartialAnswers } from '../../domain/answers.ts';
import type { ExpertChoice, Scenario } from '../../domain/scenario.ts';
import { catalogue } from '../../domain/catalogue-data.ts';
import { ethicsRules } from '../../domain/ethics-data.ts';
import { explainExtras } from '../../engine/practice-extras.ts';
import { useReasonText } from '../results/reason-text.ts';
import type { MatchLevel, PracticeFeedback, QuestionComparison } from '../../engine/practice-score.ts';
import { useLabels, useLocalized } from '../shared/labels.ts';
import { usePracticeNames } from './practice-names.ts';
import { useAnswerText } from '../shared/answer-summary.tsx';
import { StepFrame } from '../shared/step-frame.tsx';
import { SaveAttempt } from './save-attempt.tsx';

/** A symbol beside the words, never instead of them. */
const MATCH_MARK: Record<MatchLevel, string> = { exact: '✓', partial: '≈', different: '✗' };

const band = (percent: number) => (percent >= 85 ? 'high' : percent >= 60 ? 'mid' : 'low');

interface FeedbackViewProps {
  scenario: Scenario;
  feedback: PracticeFeedback;
  /** The best percent for this scenario on this device, this attempt included. */
  best: number | undefined;
  hasNext: boolean;
  focusOnMount: boolean;
  onRetry: () => void;
  onNext: () => void;
  onExit: () => void;
}

interface QuestionComparisonsProps {
  scenario: Scenario;
  questions: readonly QuestionComparison[];
  points: (got: number, max: number) => string;
}

/** Each question: the student's answer beside the agreed one, how close, and why. */
function QuestionComparisons({ scenario, questions, points }: QuestionComparisonsProps) {
  const { t } = useTranslation('practice');
  const { t: tWizard } = useTranslation('wizard');
  const localized = useLocalized();
  const answerText = useAnswerText();
  const answerOf = (q: QuestionComparison, who: 'student' | 'expert') =>
    answerText({ [q.question]: q[who] } as PartialAnswers, q.question);
  return (
    <section aria-labelledby="practice-questions">
      <h2 id="practice-questions">{t('feedback.questionsHeading')}</h2>
      <ul className="practice-compare-list">
        {questions.map((q) => (
          <li
            key={q.question}
            className={`practice-compare practice-compare--${q.match}`}
            data-question={q.question}
            data-match={q.match}
          >
            <h3>{tWizard(`questions.${q.question}`)}</h3>
            <dl className="answer-summary">
              <div className="answer-summary__row">
                <dt>{t('feedback.yourAnswer')}</dt>
                <dd>{answerOf(q, 'student')}</dd>
              </div>
              <div className="answer-summary__row">
                <dt>{t('feedback.expertAnswer')}</dt>
                <dd>{answerOf(q, 'expert')}</dd>
              </div>
              <div className="answer-summary__row">
                <dt>{t('feedback.matchLabel')}</dt>
                <dd>
                  <span className={`practice-match practice-match--${q.match}`}>
                    <span aria-hidden="true">{MATCH_MARK[q.match]} </span>
                    {t(`feedback.match.${q.match}`)}
                  </span>{' '}
                  <span className="hint">({points(q.points, q.max)})</span>
                </dd>
              </div>
              <div className="answer-summary__row">
                <dt>{t('feedback.why')}</dt>
                <dd>{localized(scenario.expertAnswers[q.question].rationale)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface ScoreSummaryProps {
  score: PracticeFeedback['score'];
  best: number | undefined;
  format: (n: number) => string;
}

/** The attempt's score in percent and points, its band, and the best on this device. */
function ScoreSummary({ score, best, format }: ScoreSummaryProps) {
  const { t } = useTranslation('practice');
  return (
    <div className={`practice-score practice-score--${band(score.percent)}`}>
      <p className="practice-score__percent">{t('feedback.percent', { percent: score.percent })}</p>
      <p>
        {t('feedback.score', {
          points: format(score.points),
          max: format(score.max),
          percent: score.percent,
        })}{' '}
        {t(`feedback.band.${band(score.percent)}`)}
      </p>
      {best !== undefined && <p className="hint">{t('feedback.best', { percent: best })}</p>}
    </div>
  );
}

/** The engine's reason for each method and prompt the student added, in one translated line. */
function useExtraReasons(scenario: Scenario, feedback: PracticeFeedback) {
  const { t } = useTranslation('practice');
  const reasonText = useReasonText();
  const why = useMemo(() => explainExtras(scenario, feedback, catalogue, ethicsRules), [scenario, feedback]);
  return {
    tool: (id: string): string => {
      const w = why.tools[id];
      if (!w) return '';
      return w.code === 'caveat'
        ? t('feedback.extraWhy.caveat', { caveat: reasonText(w.caveat) })
        : t(`feedback.extraWhy.${w.code}`);
    },
    prompt: (id: string): string =>
      why.ethics[id] === 'lessCentral'
        ? t('feedback.extraWhy.promptLessCentral')
        : t('feedback.extraWhy.notRaised'),
  };
}

/** The student's attempt against the expert answer: score, each question, methods, ethics. */
export function FeedbackView(props: FeedbackViewProps) {
  const { scenario, feedback, best, hasNext, focusOnMount } = props;
  const { t } = useTranslation('practice');
  const { lang } = useLabels();
  const localized = useLocalized();
  const number = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }), [lang]);
  const { score } = feedback;
  const points = (got: number, max: number) =>
    t('feedback.points', { points: number.format(got), max: number.format(max) });

  const expertTools = new Map(scenario.expertTools.map((c) => [c.id, c]));
  const expertEthics = new Map(scenario.expertEthics.map((c) => [c.id, c]));
  const { toolName, promptText: rulePrompt } = usePracticeNames();
  const extraReason = useExtraReasons(scenario, feedback);

  return (
    <StepFrame
      title={t('feedback.title')}
      intro={<p>{t('feedback.case', { title: localized(scenario.title) })}</p>}
      focusOnMount={focusOnMount}
    >
      <ScoreSummary score={score} best={best} format={(n) => number.format(n)} />

      {scenario.humanContactFirst && scenario.humanContactNote && (
        <section className="notice practice-human-first" aria-labelledby="practice-human-first">
          <h2 id="practice-human-first" className="notice__title">
            {t('feedback.humanContactTitle')}
          </h2>
          <p>{localized(scenario.humanContactNote)}</p>
        </section>
      )}

      <QuestionComparisons scenario={scenario} questions={feedback.questions} points={points} />

      <section aria-labelledby="practice-tools">
        <h2 id="practice-tools">{t('feedback.toolsHeading')}</h2>
        <p className="hint">
          {feedback.tools.max === 0
            ? t('feedback.toolsNotScored')
            : points(feedback.tools.points, feedback.tools.max)}
        </p>
        {(
          [
            ['agreed', t('feedback.tools.agreed'), feedback.tools.agreed],
            ['missed', t('feedback.tools.missed'), feedback.tools.missed],
            ['extra', t('feedback.tools.extra'), feedback.tools.extra],
            ['notShown', t('feedback.tools.notOffered'), feedback.tools.notOffered],
          ] as const
        ).map(([kind, title, ids]) => (
          <IdGroup
            key={kind}
            title={title}
            kind={kind}
            ids={ids}
            attr="data-tool-id"
            name={toolName}
            rationale={(id) => expertTools.get(id)}
            extraReason={extraReason.tool}
          />
        ))}
      </section>

      <section aria-labelledby="practice-ethics">
        <h2 id="practice-ethics">{t('feedback.ethicsHeading')}</h2>
        <p className="hint">{points(feedback.ethics.points, feedback.ethics.max)}</p>
        {(
          [
            ['agreed', t('feedback.ethics.raised'), feedback.ethics.raised],
            ['missed', t('feedback.ethics.missed'), feedback.ethics.missed],
            ['extra', t('feedback.ethics.extra'), feedback.ethics.extra],
            ['notShown', t('feedback.ethics.notShown'), feedback.ethics.notShown],
          ] as const
        ).map(([kind, title, ids]) => (
          <IdGroup
            key={kind}
            title={title}
            kind={kind}
            ids={ids}
            attr="data-prompt-id"
            name={rulePrompt}
            rationale={(id) => expertEthics.get(id)}
            extraReason={extraReason.prompt}
          />
        ))}
      </section>

      <SaveAttempt scenario={scenario} feedback={feedback} />

      <div className="step__actions">
        <button type="button" className="button button--secondary" onClick={props.onRetry}>
          {t('feedback.retry')}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onExit}>
          {t('allCases')}
        </button>
        {hasNext && (
          <button type="button" className="button button--primary" onClick={props.onNext}>
            {t('feedback.next')}
          </button>
        )}
      </div>
    </StepFrame>
  );
}

interface IdGroupProps {
  title: string;
  /** 'notShown': the expert's choice was not on the student's screen, so it was not counted. */
  kind: 'agreed' | 'missed' | 'extra' | 'notShown';
  ids: readonly string[];
  attr: 'data-tool-id' | 'data-prompt-id';
  name: (id: string) => string;
  rationale?: (id: string) => ExpertChoice | undefined;
  /** For what the student chose and the expert did not: why, in one line. */
  extraReason?: (id: string) => string;
}

/** One group of methods or prompts (agreed, missed or extra), with the expert's reason when there is one. */
function IdGroup({ title, kind, ids, attr, name, rationale, extraReason }: IdGroupProps) {
  const { t } = useTranslation('practice');
  const localized = useLocalized();
  let body: ReactNode;
  // Nothing left off the screen is the usual case: no empty group for it.
  if (kind === 'notShown' && ids.length === 0) return null;
  if (ids.length === 0) {
    body = <p className="hint">{t('feedback.none')}</p>;
  } else {
    body = (
      <ul className={`practice-ids practice-ids--${kind}`}>
        {ids.map((id) => {
          const reason = rationale?.(id);
          return (
            <li key={id} {...{ [attr]: id }}>
              <strong>{name(id)}</strong>
              {kind === 'notShown' && <p className="practice-ids__why">{t('feedback.notCounted')}</p>}
              {kind === 'extra' && extraReason && <p className="practice-ids__why">{extraReason(id)}</p>}
              {reason && (
                <p className="practice-ids__why">
                  {t('feedback.expertReason')} {localized(reason.rationale)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <div className="practice-group" data-group={kind}>
      <h3>{title}</h3>
      {body}
    </div>
  );
}
