import { useEffect, useId, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ClientStepForm, type Answers } from '../../domain/answers.ts';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  PRIMARY_CLIENT_LANGUAGE_IDS,
  type ClientLanguageId,
  type UiLanguage,
} from '../../domain/taxonomy.ts';
import { otherLanguagesInOrder } from '../../domain/taxonomies-data.ts';
import { useLabels } from '../shared/labels.ts';
import { FieldError, Form, StepActions, useStepForm } from '../shared/form.tsx';
import type { StepFormProps } from './step-props.ts';

type ClientAnswers = Pick<Answers, 'ageGroup' | 'language' | 'access'>;

const isPrimary = (id: string): id is (typeof PRIMARY_CLIENT_LANGUAGE_IDS)[number] =>
  (PRIMARY_CLIENT_LANGUAGE_IDS as readonly string[]).includes(id);

/** The language fields' start: the answer given, else the suggestion (shown as chosen), else none. */
const languageDefaults = (value: ClientLanguageId | undefined) =>
  value === undefined
    ? { other: '' }
    : isPrimary(value)
      ? { choice: value, other: '' }
      : { choice: 'other' as const, other: value };

interface ClientStepProps extends Omit<StepFormProps<ClientAnswers>, 'value'> {
  /** The answers given so far (any of the three may be missing). */
  value: Partial<ClientAnswers>;
  /**
   * The client's language to start with when it is not answered yet (the planning wizard:
   * the UI language). It is shown as chosen, with a line saying so, and can be changed.
   * Age group and access never start chosen.
   */
  suggestedLanguage?: UiLanguage | undefined;
}

/**
 * "About the client": age group, the client's language and digital access, each its own
 * group with a legend. The language lists the national and Sami languages first, then the
 * others in a list shown when "another language" is chosen; no free text. Access is
 * optional: not assessing it is an option of its own, never chosen for the practitioner.
 */
export function ClientStep({ value, suggestedLanguage, onAnswer, onBack, submitLabel }: ClientStepProps) {
  const { t } = useTranslation('wizard');
  const { label, ageGroup, lang } = useLabels();
  const ids = { age: useId(), language: useId(), other: useId(), access: useId() };
  const suggested = value.language === undefined ? suggestedLanguage : undefined;
  // In the order of their names, computed at build time (no Intl.Collator on this click).
  const others = useMemo(
    () => otherLanguagesInOrder[lang].map((id) => ({ id, name: label('languages', id) })),
    [label, lang],
  );
  const { register, handleSubmit, control, setValue, getFieldState, errors } = useStepForm(ClientStepForm, {
    ...(value.ageGroup !== undefined && { ageGroup: value.ageGroup }),
    language: languageDefaults(value.language ?? suggested),
    ...(value.access !== undefined && { access: value.access }),
  });
  const choice = useWatch({ control, name: 'language.choice' });
  // The UI language switched while the step is open: an untouched suggestion follows it.
  useEffect(() => {
    if (suggested !== undefined && !getFieldState('language.choice').isDirty)
      setValue('language.choice', suggested);
  }, [suggested, getFieldState, setValue]);
  const described = (...parts: (string | false)[]) => parts.filter(Boolean).join(' ') || undefined;

  return (
    <Form onSubmit={handleSubmit((form) => onAnswer(form))}>
      <fieldset
        className="choice-group"
        aria-describedby={`${ids.age}-error`}
        aria-invalid={errors.ageGroup ? true : undefined}
      >
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
        <FieldError id={`${ids.age}-error`} message={errors.ageGroup?.message} />
      </fieldset>

      <fieldset
        className="choice-group"
        aria-describedby={described(
          `${ids.language}-hint`,
          suggested !== undefined && `${ids.language}-suggested`,
          `${ids.language}-error`,
        )}
        aria-invalid={errors.language?.choice ? true : undefined}
      >
        <legend>{t('language.legend')}</legend>
        <p id={`${ids.language}-hint`} className="hint">
          {t('language.hint')}
        </p>
        {suggested !== undefined && (
          <p id={`${ids.language}-suggested`} className="hint">
            {t('language.suggested')}
          </p>
        )}
        <ul className="choice-list">
          {PRIMARY_CLIENT_LANGUAGE_IDS.map((id) => (
            <li key={id}>
              <label className="choice">
                <input type="radio" value={id} {...register('language.choice')} />
                <span>{label('languages', id)}</span>
              </label>
            </li>
          ))}
          <li>
            <label className="choice">
              <input type="radio" value="other" {...register('language.choice')} />
              <span>{t('language.other')}</span>
            </label>
          </li>
        </ul>
        <FieldError id={`${ids.language}-error`} message={errors.language?.choice?.message} />
        {/* The list of other languages is there once "another language" is chosen. */}
        <div className="field" hidden={choice !== 'other'}>
          <label htmlFor={ids.other}>{t('language.otherLabel')}</label>
          <select
            id={ids.other}
            {...register('language.other', {
              // Picking a language from the list is a choice of "another language".
              onChange: (e: { target: { value: string } }) => {
                if (e.target.value !== '') setValue('language.choice', 'other');
              },
            })}
            aria-describedby={`${ids.other}-error`}
            aria-invalid={errors.language?.other ? true : undefined}
          >
            <option value="">{t('language.otherPlaceholder')}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <FieldError id={`${ids.other}-error`} message={errors.language?.other?.message} />
        </div>
      </fieldset>

      <fieldset
        className="choice-group"
        aria-describedby={`${ids.access}-hint ${ids.access}-error`}
        aria-invalid={errors.access ? true : undefined}
      >
        <legend>{t('access.legend')}</legend>
        <p id={`${ids.access}-hint`} className="hint">
          {t('access.hint')}
        </p>
        <ul className="choice-list">
          {ACCESS_IDS.map((id) => (
            <li key={id}>
              <label className="choice">
                <input type="radio" value={id} {...register('access')} />
                <span>{label('access', id)}</span>
              </label>
            </li>
          ))}
          <li>
            <label className="choice choice--separate">
              <input type="radio" value="skipped" {...register('access')} />
              <span>{t('access.skipOption')}</span>
            </label>
          </li>
        </ul>
        <FieldError id={`${ids.access}-error`} message={errors.access?.message} />
      </fieldset>
      <StepActions onBack={onBack} submitLabel={submitLabel} />
    </Form>
  );
}
