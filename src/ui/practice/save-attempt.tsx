import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { attemptFileName, buildAttemptFile } from '../../domain/attempt-file.ts';
import type { Scenario } from '../../domain/scenario.ts';
import type { PracticeFeedback } from '../../engine/practice-score.ts';
import type { PartialAnswers } from '../../domain/answers.ts';
import { useAnswerText } from '../shared/answer-summary.tsx';
import { useUiLanguage, useLocalized } from '../shared/labels.ts';
import { usePracticeNames } from './practice-names.ts';
import { downloadJson, printWith } from './download-file.ts';
import './teaching.css';

/** The body class that puts the student's record, and nothing else, on paper. */
export const PRINTING_ATTEMPT_CLASS = 'printing-attempt';

interface SaveAttemptProps {
  scenario: Scenario;
  feedback: PracticeFeedback;
}

/**
 * "Save my answers": a printable record of the attempt and a small JSON file to hand in
 * (case id, answers, picks, marks, matches, score, date; no free text). Both are made from
 * the scored attempt on the device.
 */
export function SaveAttempt({ scenario, feedback }: SaveAttemptProps) {
  const { t } = useTranslation('teaching');
  const { t: tp } = useTranslation('practice');
  const { t: tw } = useTranslation('wizard');
  const ui = useUiLanguage();
  const localized = useLocalized();
  const answerText = useAnswerText();
  const ids = useId();
  const [saved, setSaved] = useState('');
  const now = new Date();
  const date = new Intl.DateTimeFormat(ui, { dateStyle: 'long' }).format(now);

  const { toolName, promptText } = usePracticeNames();

  const download = () => {
    const attempt = buildAttemptFile(feedback, new Date());
    const name = attemptFileName(attempt);
    downloadJson(name, attempt);
    setSaved(t('attempt.saved', { file: name }));
  };

  const idList = (heading: string, list: readonly string[], name: (id: string) => string) => (
    <>
      <h2>{heading}</h2>
      {list.length === 0 ? (
        <p>{t('attempt.none')}</p>
      ) : (
        <ul>
          {list.map((id) => (
            <li key={id}>{name(id)}</li>
          ))}
        </ul>
      )}
    </>
  );

  return (
    <section className="teaching teaching--attempt" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t('attempt.heading')}</h2>
      <p className="hint">{t('attempt.intro')}</p>
      <div className="plan__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => printWith(PRINTING_ATTEMPT_CLASS)}
        >
          {t('attempt.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          {t('attempt.download')}
        </button>
      </div>
      <p className="plan__status" role="status">
        {saved}
      </p>
      {createPortal(
        <div className="attempt-print" lang={ui} hidden>
          {/* Not an h1: the hidden copy must not add a second page heading on screen. */}
          <p className="attempt-print__title">{t('attempt.recordTitle')}</p>
          <p>{t('attempt.case', { title: localized(scenario.title) })}</p>
          <p>{t('attempt.date', { date })}</p>
          <p>{t('attempt.score', { percent: feedback.score.percent })}</p>
          <h2>{t('attempt.answersHeading')}</h2>
          <dl>
            {feedback.questions.map((q) => (
              <div key={q.question}>
                <dt>{tw(`questions.${q.question}`)}</dt>
                <dd>
                  {answerText({ [q.question]: q.student } as PartialAnswers, q.question)} –{' '}
                  {tp(`feedback.match.${q.match}`)}
                </dd>
              </div>
            ))}
          </dl>
          {idList(t('attempt.picks'), [...feedback.tools.agreed, ...feedback.tools.extra], toolName)}
          {idList(t('attempt.missedTools'), feedback.tools.missed, toolName)}
          {idList(t('attempt.marks'), [...feedback.ethics.raised, ...feedback.ethics.extra], promptText)}
          {idList(t('attempt.missedPrompts'), feedback.ethics.missed, promptText)}
        </div>,
        document.body,
      )}
    </section>
  );
}
