import { useTranslation } from 'react-i18next';
import { AccessStepForm, type Answers } from '../../domain/answers.ts';
import { ACCESS_IDS } from '../../domain/taxonomy.ts';
import { useLabels } from '../shared/labels.ts';
import { FieldError, Form, StepActions, useStepForm } from '../shared/form.tsx';
import type { StepFormProps } from './step-props.ts';

/** Digital access and skills; optional, with an explicit skip. */
export function AccessStep({ value, onAnswer, onBack }: StepFormProps<Answers['access']>) {
  const { t } = useTranslation('wizard');
  const { label } = useLabels();
  const { register, handleSubmit, errors, errorId } = useStepForm(AccessStepForm, {
    access: value === 'skipped' ? undefined : value,
  });

  return (
    <Form onSubmit={handleSubmit((form) => onAnswer(form.access))}>
      <fieldset className="choice-group" aria-describedby={errorId}>
        <legend>{t('access.legend')}</legend>
        <ul className="choice-list">
          {ACCESS_IDS.map((id) => (
            <li key={id}>
              <label className="choice">
                <input type="radio" value={id} {...register('access')} />
                <span>{label('access', id)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FieldError id={errorId} message={errors.access?.message} />
      <StepActions onBack={onBack}>
        <button type="button" className="button button--secondary" onClick={() => onAnswer('skipped')}>
          {t('access.skip')}
        </button>
      </StepActions>
    </Form>
  );
}
