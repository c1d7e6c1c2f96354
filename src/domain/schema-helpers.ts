// zod/mini, as every schema of the app: classic zod's methods would be on the first screen.
import * as z from 'zod/mini';

/**
 * The schema parts every module of src/domain shares: distinct values and localized text.
 * Messages are for content editors, in plain words. (The data files' schemas add
 * `uniqueList` and the id enums in taxonomy-schemas.ts.)
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

/** Text in each UI language. Proper names may be identical in all three. */
export const LocalizedText = z.strictObject({
  fi: textIn('Finnish'),
  sv: textIn('Swedish'),
  en: textIn('English'),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * `schema.check(...checks)` for an object whose shape has getters naming the schema being
 * defined (a recursive schema). zod/mini's own `.check()` copies the definition by spreading
 * it, which reads those getters before the schema they name exists; this copies the
 * definition's property descriptors instead, as classic zod does.
 */
export const withChecks = <T extends z.ZodMiniObject>(
  schema: T,
  ...checks: z.core.$ZodCheck<z.output<T>>[]
): T =>
  schema.clone(z.util.mergeDefs(schema.def, { checks: [...(schema.def.checks ?? []), ...checks] }), {
    parent: true,
  });
