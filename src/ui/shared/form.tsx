import { useId, type ButtonHTMLAttributes, type FormEventHandler, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type * as z from 'zod/mini';
import { useTranslation } from 'react-i18next';
import { isValidationKey } from '../../domain/validation.ts';

type ButtonVariant = 'primary' | 'secondary' | 'quiet';

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  variant: ButtonVariant;
}

/** The app's one button: a real <button>, type "button" unless it submits a form. */
export function Button({ variant, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={`button button--${variant}`} {...props} />;
}

/**
 * Every step's form: no browser validation bubbles (the schema's messages are shown instead,
 * in the UI language), submitted by the primary button or Enter.
 */
export function Form({
  onSubmit,
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  return (
    <form noValidate onSubmit={onSubmit}>
      {children}
    </form>
  );
}

/**
 * A field's validation message, announced when it appears. The schemas give typed keys
 * (src/domain/validation.ts); anything else reads as the general "check your choices".
 */
export function FieldError({
  id,
  message,
  values,
}: {
  id: string;
  message: string | undefined;
  /** Values for the message's placeholders, e.g. `{ max: 3 }`. */
  values?: Record<string, number>;
}) {
  const { t } = useTranslation('common');
  return (
    <p id={id} className="field-error" aria-live="assertive">
      {message === undefined
        ? null
        : t(`validation.${isValidationKey(message) ? message : 'invalid'}`, values ?? {})}
    </p>
  );
}

interface StepActionsProps {
  onBack?: (() => void) | undefined;
  submitLabel?: string;
  children?: ReactNode;
}

/** Back on the left, the primary action on the right, in the DOM order keyboard users expect. */
export function StepActions({ onBack, submitLabel, children }: StepActionsProps) {
  const { t } = useTranslation('wizard');
  return (
    <div className="step__actions">
      {onBack && (
        <Button variant="secondary" onClick={onBack}>
          {t('back')}
        </Button>
      )}
      {children}
      <Button variant="primary" type="submit">
        {submitLabel ?? t('next')}
      </Button>
    </div>
  );
}

/**
 * A step form's state: react-hook-form checked by the step's zod schema, with the id of its
 * error message. Every step form (questions and practice) starts here.
 */
export function useStepForm<Input extends FieldValues, Output extends FieldValues>(
  schema: z.core.$ZodType<Output, Input>,
  defaultValues: DefaultValues<Input>,
) {
  const errorId = useId();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues });
  return { ...form, errors: form.formState.errors, errorId };
}
