import { useTranslation } from 'react-i18next';
import type { PartialAnswers, QuestionId } from '../../domain/answers.ts';
import { AnswerSummary } from '../shared/answer-summary.tsx';
import { StepFrame } from '../shared/step-frame.tsx';
import { Button } from '../shared/form.tsx';

interface ReviewStepProps {
  answers: PartialAnswers;
  focusOnMount: boolean;
  onEdit: (question: QuestionId) => void;
  onBack: () => void;
  onConfirm: () => void;
}

/** All answers on one screen, each with its own "change" button, before the results. */
export function ReviewStep({ answers, focusOnMount, onEdit, onBack, onConfirm }: ReviewStepProps) {
  const { t } = useTranslation('wizard');
  return (
    <StepFrame title={t('review.title')} intro={<p>{t('review.intro')}</p>} focusOnMount={focusOnMount}>
      <AnswerSummary answers={answers} onEdit={onEdit} />
      <div className="step__actions">
        <Button variant="secondary" onClick={onBack}>
          {t('back')}
        </Button>
        <Button variant="primary" onClick={onConfirm}>
          {t('review.confirm')}
        </Button>
      </div>
    </StepFrame>
  );
}
