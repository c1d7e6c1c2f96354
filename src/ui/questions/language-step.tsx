import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageStepForm, type Answers } from '../../domain/answers.ts';
import { CLIENT_LANGUAGE_IDS, PRIMARY_CLIENT_LANGUAGE_IDS } from '../../domain/taxonomy.ts';
import { useLabels } from '../shared/labels.ts';
import { FieldError, Form, StepActions, useStepForm } from '../shared/form.tsx';
import type { StepFormProps } from './step-props.ts';

const isPrimary = (id: string): id is (typeof PRIMARY_CLIENT_LANGUAGE_IDS)[number] =>
  (PRIMARY_CLIENT_LANGUAGE_IDS as readonly string[]).includes(id);

/** The client's language: the national and Sami languages first, then a list of others. No free text. */
export function LanguageStep({ value, onAnswer, onBack }: StepFormProps<Answers['language']>) {
  const { t } = useTranslation('wizard');
  const { label, lang } = useLabels();
  const otherId = useId();
  const others = useMemo(
    () =>
      CLIENT_LANGUAGE_IDS.filter((id) => !isPrimary(id))
        .map((id) => ({ id, name: label('languages', id) }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [label, lang],
  );
  const { register, handleSubmit, setValue, errors, errorId } = useStepForm(
    LanguageStepForm,
    value === undefined
      ? { other: '' }
      : isPrimary(value)
        ? { choice: value, other: '' }
        : { choice: 'other' as const, other: value },
  );

  return (
    <Form onSubmit={handleSubmit((form) => onAnswer(form.language))}>
      <fieldset className="choice-group" aria-describedby={errorId}>
        <legend>{t('language.legend')}</legend>
        <ul className="choice-list">
          {PRIMARY_CLIENT_LANGUAGE_IDS.map((id) => (
            <li key={id}>
              <label className="choice">
                <input type="radio" value={id} {...register('choice')} />
                <span>{label('languages', id)}</span>
              </label>
            </li>
          ))}
          <li>
            <label className="choice">
              <input type="radio" value="other" {...register('choice')} />
              <span>{t('language.other')}</span>
            </label>
          </li>
        </ul>
      </fieldset>
      <FieldError id={errorId} message={errors.choice?.message} />
      <div className="field">
        <label htmlFor={otherId}>{t('language.otherLabel')}</label>
        <select
          id={otherId}
          {...register('other', {
            // Picking a language from the list is a choice of "another language".
            onChange: (e: { target: { value: string } }) => {
              if (e.target.value !== '') setValue('choice', 'other');
            },
          })}
          aria-describedby={`${otherId}-error`}
          aria-invalid={errors.other ? true : undefined}
        >
          <option value="">{t('language.otherPlaceholder')}</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <FieldError id={`${otherId}-error`} message={errors.other?.message} />
      </div>
      <StepActions onBack={onBack} />
    </Form>
  );
}
