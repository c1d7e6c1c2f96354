import { useTranslation } from 'react-i18next';
import { QUESTION_IDS, type PartialAnswers, type QuestionId } from '../../domain/answers.ts';
import { CHANNEL_IDS, NEED_IDS } from '../../domain/taxonomy.ts';
import { useLabels } from './labels.ts';

/** Lists in taxonomy order, so the same answer always reads the same whatever the click order. */
const inOrder = <T extends string>(order: readonly T[], values: readonly T[]) =>
  order.filter((v) => values.includes(v));

/** One answer in plain words, in the current UI language. */
export function useAnswerText() {
  const { t } = useTranslation('wizard');
  const { label, ageGroup, list } = useLabels();
  return (answers: PartialAnswers, question: QuestionId): string => {
    switch (question) {
      case 'needs':
        return answers.needs ? list('needs', inOrder(NEED_IDS, answers.needs)) : t('review.unanswered');
      case 'ageGroup':
        return answers.ageGroup ? ageGroup(answers.ageGroup) : t('review.unanswered');
      case 'language':
        return answers.language ? label('languages', answers.language) : t('review.unanswered');
      case 'channels':
        if (answers.channels === undefined) return t('review.unanswered');
        return answers.channels === 'any'
          ? t('channels.noPreference')
          : list('channels', inOrder(CHANNEL_IDS, answers.channels));
      case 'access':
        if (answers.access === undefined) return t('review.unanswered');
        return answers.access === 'skipped' ? t('access.skipped') : label('access', answers.access);
    }
  };
}

/** The answers as a description list, with an Edit button per answer when `onEdit` is given. */
export function AnswerSummary({
  answers,
  onEdit,
}: {
  answers: PartialAnswers;
  onEdit?: (question: QuestionId) => void;
}) {
  const { t } = useTranslation('wizard');
  const text = useAnswerText();
  return (
    <dl className="answer-summary">
      {QUESTION_IDS.map((question) => (
        <div key={question} className="answer-summary__row">
          <dt>{t(`questions.${question}`)}</dt>
          <dd>
            <span>{text(answers, question)}</span>
            {onEdit && (
              <button
                type="button"
                className="button button--link"
                onClick={() => onEdit(question)}
                aria-label={t('review.editLabel', { question: t(`questions.${question}`) })}
              >
                {t('review.edit')}
              </button>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
