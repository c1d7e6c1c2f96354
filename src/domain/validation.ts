/**
 * Every message a form schema can give, as a key of `validation` in the "common" UI strings
 * (locales/<lang>/common.json). The schemas name them through `message()`, and the one
 * FieldError translates them with typed keys: a key missing from the strings is a type error.
 */
export const VALIDATION_KEYS = [
  'needsRequired',
  'ageGroupRequired',
  'languageRequired',
  'otherLanguageRequired',
  'channelsRequired',
  'accessRequired',
  'unknownValue',
  'duplicate',
  'toolsRequired',
  'tooManyTools',
  'invalid',
] as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[number];

/** A schema's error message: the key, checked by the compiler. */
export const invalid = (key: ValidationKey): ValidationKey => key;

export const isValidationKey = (value: unknown): value is ValidationKey =>
  typeof value === 'string' && (VALIDATION_KEYS as readonly string[]).includes(value);
