import { useId } from 'react';
import { useLabels, type TaxonomyName } from './labels.ts';

interface TaxonomySelectProps<T extends string> {
  label: string;
  /** The first option, which turns the filter off. */
  allLabel: string;
  taxonomy: TaxonomyName;
  ids: readonly T[];
  value: T | 'all';
  onChange: (value: T | 'all') => void;
}

/** A labelled filter over one taxonomy: "all", then every id by its label in the UI language. */
export function TaxonomySelect<T extends string>({
  label,
  allLabel,
  taxonomy,
  ids,
  value,
  onChange,
}: TaxonomySelectProps<T>) {
  const { label: labelOf } = useLabels();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const picked = e.target.value;
          onChange((ids as readonly string[]).includes(picked) ? (picked as T) : 'all');
        }}
      >
        <option value="all">{allLabel}</option>
        {ids.map((option) => (
          <option key={option} value={option}>
            {labelOf(taxonomy, option)}
          </option>
        ))}
      </select>
    </div>
  );
}
