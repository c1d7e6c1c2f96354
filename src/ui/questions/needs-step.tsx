import { memo, useId, useMemo, useState } from 'react';
import { useWatch, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NeedsStepForm, type Answers } from '../../domain/answers.ts';
import { taxonomies } from '../../domain/taxonomies-data.ts';
import { NEED_IDS, UI_LANGUAGES, type NeedId } from '../../domain/taxonomy.ts';
import { useLabels } from '../shared/labels.ts';
import { foldText } from '../shared/fold-text.ts';
import { FieldError, Form, StepActions, useStepForm } from '../shared/form.tsx';
import type { StepFormProps } from './step-props.ts';

/** Each need's labels in all three languages, folded once, so the filter matches any of them. */
const NEED_SEARCH_TEXT = new Map(
  NEED_IDS.map((need) => [need, foldText(UI_LANGUAGES.map((l) => taxonomies.needs[need][l]).join('\n'))]),
);

/** The needs the filter shows (all of them when it is empty). */
const needsMatching = (query: string): ReadonlySet<NeedId> =>
  new Set(
    taxonomies.needGroups
      .flatMap((group) => group.needs)
      .filter((need) => query === '' || (NEED_SEARCH_TEXT.get(need) ?? '').includes(query)),
  );

/**
 * The needs' checkboxes in their groups, those the filter hides kept in the form. A component
 * of its own that draws again only when the filter changes: react-hook-form re-renders the
 * step synchronously once it is ready, right after the step first commits (on the first
 * screen, just after hydration), and that redrew the 19 checkboxes and registered each one
 * again, for nothing, in one task.
 */
const NeedChoices = memo(function NeedChoices({
  register,
  visible,
}: {
  register: UseFormRegister<{ needs: NeedId[] }>;
  visible: ReadonlySet<NeedId>;
}) {
  const { label, lang } = useLabels();
  return (
    <>
      {taxonomies.needGroups.map((group) => (
        <fieldset
          key={group.id}
          className="choice-subgroup"
          hidden={!group.needs.some((need) => visible.has(need))}
        >
          <legend>{group.label[lang]}</legend>
          <ul className="choice-list choice-list--columns">
            {group.needs.map((need) => (
              <li key={need} hidden={!visible.has(need)}>
                <label className="choice">
                  <input type="checkbox" value={need} {...register('needs')} />
                  <span>{label('needs', need)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </>
  );
});

/** Support needs: the 19 rows of Table 1 in groups, with a filter that searches all three languages. */
export function NeedsStep({ value, onAnswer, onBack, submitLabel }: StepFormProps<Answers['needs']>) {
  const { t } = useTranslation('wizard');
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const { register, handleSubmit, control, errors, errorId } = useStepForm(NeedsStepForm, {
    needs: value ?? [],
  });
  const selected = useWatch({ control, name: 'needs' });
  const query = foldText(filter);
  // Once per filter: the list below draws again only when this changes.
  const visible = useMemo(() => needsMatching(query), [query]);

  return (
    <Form onSubmit={handleSubmit((form) => onAnswer(form.needs))}>
      <div className="field">
        <label htmlFor={filterId}>{t('needs.filterLabel')}</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          autoComplete="off"
          aria-describedby={`${filterId}-status`}
        />
        <p id={`${filterId}-status`} className="hint" aria-live="polite">
          {query === ''
            ? t('needs.selectedCount', { count: selected.length })
            : t('needs.filterStatus', { count: visible.size })}
        </p>
      </div>
      <fieldset
        className="choice-group"
        aria-describedby={errorId}
        aria-invalid={errors.needs ? true : undefined}
      >
        <legend>{t('needs.legend')}</legend>
        <NeedChoices register={register} visible={visible} />
        {visible.size === 0 && <p className="hint">{t('needs.noMatch')}</p>}
      </fieldset>
      <FieldError id={errorId} message={errors.needs?.message} />
      <StepActions onBack={onBack} submitLabel={submitLabel} />
    </Form>
  );
}
