// zod/mini: the answers and the labels use these on the first screen, where every kilobyte
// counts; the classic schemas of the data files (taxonomy-schemas.ts) build on the same parts.
import * as z from 'zod/mini';

/**
 * The schema parts every module of src/domain shares, whichever flavour of zod it uses:
 * distinct values and localized text. Messages are for content editors, in plain words.
 * (The classic schemas of the data files add `uniqueList` and the id enums in
 * taxonomy-schemas.ts.)
 */

/** True when no value occurs twice. */
export const distinct = (values: readonly unknown[]): boolean => new Set(values).size === values.length;

/** The text in one UI language: a string, trimmed, not empty. */
export const textIn = (language: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${language} text is missing`
          : `${language} text must be a string, got ${typeof issue.input}`,
    })
    .check(z.trim(), z.minLength(1, `${language} text is empty`));

/** The fields of a text in each UI language (for a schema library's own object). */
export const localizedTextShape = {
  fi: textIn('Finnish'),
  sv: textIn('Swedish'),
  en: textIn('English'),
};

/** Text in each UI language. Proper names may be identical in all three. */
export const LocalizedText = z.strictObject(localizedTextShape);
export type LocalizedText = z.infer<typeof LocalizedText>;
