import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ChannelsStepForm, type Answers } from '../../domain/answers.ts';
import { CHANNEL_IDS } from '../../domain/taxonomy.ts';
import { useLabels } from '../shared/labels.ts';
import { FieldError, Form, StepActions, useStepForm } from '../shared/form.tsx';
import type { StepFormProps } from './step-props.ts';

/** Channels the client prefers or can use, or no preference. */
export function ChannelsStep({ value, onAnswer, onBack, submitLabel }: StepFormProps<Answers['channels']>) {
  const { t } = useTranslation('wizard');
  const { label } = useLabels();
  const { register, handleSubmit, control, errors, errorId } = useStepForm(ChannelsStepForm, {
    channels: value === undefined || value === 'any' ? [] : value,
    noPreference: value === 'any',
  });
  const noPreference = useWatch({ control, name: 'noPreference' });

  return (
    <Form onSubmit={handleSubmit((form) => onAnswer(form.channels))}>
      <fieldset className="choice-group" aria-describedby={errorId}>
        <legend>{t('channels.legend')}</legend>
        <ul className="choice-list choice-list--columns">
          {CHANNEL_IDS.map((id) => (
            <li key={id}>
              <label className={noPreference ? 'choice choice--muted' : 'choice'}>
                <input type="checkbox" value={id} {...register('channels')} />
                <span>{label('channels', id)}</span>
              </label>
            </li>
          ))}
        </ul>
        <label className="choice choice--separate">
          <input type="checkbox" {...register('noPreference')} />
          <span>{t('channels.noPreference')}</span>
        </label>
      </fieldset>
      <FieldError id={errorId} message={errors.channels?.message} />
      <StepActions onBack={onBack} submitLabel={submitLabel} />
    </Form>
  );
}
