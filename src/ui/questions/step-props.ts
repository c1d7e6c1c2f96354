/** What every question form gets: the current answer, where to send a valid one, and Back. */
export interface StepFormProps<T> {
  value: T | undefined;
  onAnswer: (value: T) => void;
  onBack?: (() => void) | undefined;
  /** The primary button's words; "Next" by default. */
  submitLabel?: string | undefined;
}
