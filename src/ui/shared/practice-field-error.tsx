import { useTranslation } from 'react-i18next';
import { MAX_PRACTICE_TOOLS } from '../../domain/scenario.ts';

type PracticeErrorKey = 'errors.toolsRequired' | 'errors.tooManyTools' | 'errors.duplicate';

const isPracticeErrorKey = (message: string): message is PracticeErrorKey =>
  message === 'errors.toolsRequired' || message === 'errors.tooManyTools' || message === 'errors.duplicate';

/**
 * A practice form's validation message, announced when it appears. The domain schemas give
 * i18n keys of the "practice" namespace (the wizard's FieldError reads "wizard" keys).
 */
export function PracticeFieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation('practice');
  return (
    <p id={id} className="field-error" aria-live="assertive">
      {message === undefined
        ? null
        : t(isPracticeErrorKey(message) ? message : 'errors.invalid', { max: MAX_PRACTICE_TOOLS })}
    </p>
  );
}
