import { useTranslation } from 'react-i18next';
import { AgeGroupStepForm, type Answers } from '../../domain/answers.ts';
import { AGE_GROUP_IDS } from '../../domain/taxonomy.ts';
import { useLabels } from '../shared/labels.ts';
import { FieldError, Form, StepActions, useStepForm } from '../shared/form.tsx';
import type { StepFormProps } from './step-props.ts';

export function AgeGroupStep({ value, onAnswer, onBack }: StepFormProps<Answers['ageGroup']>) {
  const { t } = useTranslation('wizard');
  const { ageGroup } = useLabels();
  const { register, handleSubmit, errors, errorId } = useStepForm(AgeGroupStepForm, { ageGroup: value });

  return (
    <Form onSubmit={handleSubmit((form) => onAnswer(form.ageGroup))}>
      <fieldset className="choice-group" aria-describedby={errorId}>
        <legend>{t('ageGroup.legend')}</legend>
        <ul className="choice-list">
          {AGE_GROUP_IDS.map((id) => (
            <li key={id}>
              <label className="choice">
                <input type="radio" value={id} {...register('ageGroup')} />
                <span>{ageGroup(id)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FieldError id={errorId} message={errors.ageGroup?.message} />
      <StepActions onBack={onBack} />
    </Form>
  );
}
