// zod/mini: the labels are parsed at start-up, on the first screen's path.
import * as z from 'zod/mini';
import { parseDataFile } from './data-errors.ts';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  AUDIENCE_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  KEBAB_ID_PATTERN,
  MULTILINGUAL,
  NEED_IDS,
  PLATFORM_IDS,
  PRIMARY_CLIENT_LANGUAGE_IDS,
  PROVIDER_TYPE_IDS,
  TOOL_FLAG_IDS,
  TOOL_KIND_IDS,
  UI_LANGUAGES,
  type ClientLanguageId,
  type UiLanguage,
} from './taxonomy.ts';
import { LocalizedText } from './schema-helpers.ts';
import { sortedByName } from './name-order.ts';

/** A label in each UI language. */
const Label = LocalizedText;

/** A `{ id: label }` object with exactly the given ids. */
const labelsFor = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.strictObject(Object.fromEntries(ids.map((id) => [id, Label])) as { [K in T[number]]: typeof Label });

const NeedIdLabel = z.enum(NEED_IDS, {
  error: (issue) =>
    typeof issue.input === 'string' ? `unknown need "${issue.input}"` : 'expected a need id',
});

export const NeedGroup = z.strictObject({
  id: z.string().check(z.regex(KEBAB_ID_PATTERN, 'must be kebab-case (a-z, 0-9, single hyphens)')),
  label: Label,
  needs: z.array(NeedIdLabel).check(z.minLength(1, 'a group needs at least one need')),
});

const AgeGroupLabel = z.strictObject({ label: Label, range: z.string().check(z.minLength(1)) });

/** Labels for every taxonomy id, and the groups the needs step shows. */
export const TaxonomiesFile = z
  .strictObject({
    schemaVersion: z.literal(1),
    needs: labelsFor(NEED_IDS),
    needGroups: z.array(NeedGroup).check(z.minLength(1)),
    ageGroups: z.strictObject(
      Object.fromEntries(AGE_GROUP_IDS.map((id) => [id, AgeGroupLabel])) as {
        [K in (typeof AGE_GROUP_IDS)[number]]: typeof AgeGroupLabel;
      },
    ),
    channels: labelsFor(CHANNEL_IDS),
    access: labelsFor(ACCESS_IDS),
    languages: labelsFor([...CLIENT_LANGUAGE_IDS, MULTILINGUAL] as const),
    providerTypes: labelsFor(PROVIDER_TYPE_IDS),
    audiences: labelsFor(AUDIENCE_IDS),
    kinds: labelsFor(TOOL_KIND_IDS),
    platforms: labelsFor(PLATFORM_IDS),
    flags: labelsFor(TOOL_FLAG_IDS),
  })
  .check(
    z.superRefine((file, ctx) => {
      const seen = new Map<string, string>();
      file.needGroups.forEach((group, g) => {
        group.needs.forEach((need, n) => {
          const other = seen.get(need);
          if (other !== undefined) {
            ctx.addIssue({
              code: 'custom',
              input: need,
              path: ['needGroups', g, 'needs', n],
              message: `need "${need}" is already in group "${other}"`,
            });
          }
          seen.set(need, group.id);
        });
      });
      for (const need of NEED_IDS) {
        if (!seen.has(need)) {
          ctx.addIssue({
            code: 'custom',
            input: file.needGroups,
            path: ['needGroups'],
            message: `need "${need}" is in no group`,
          });
        }
      }
    }),
  );
export type TaxonomiesFile = z.infer<typeof TaxonomiesFile>;

export const TAXONOMIES_FILE = 'data/taxonomies.json';

/** Parses and checks a taxonomies file; throws DataFileError with every problem found. */
export const parseTaxonomies = (raw: unknown): TaxonomiesFile =>
  parseDataFile(TAXONOMIES_FILE, TaxonomiesFile, raw);

/** A client language the "another language" list offers: not a national or the Sami language. */
export type OtherClientLanguageId = Exclude<ClientLanguageId, (typeof PRIMARY_CLIENT_LANGUAGE_IDS)[number]>;

/**
 * The client languages of the "another language" list in the order of their labels in each UI
 * language (sortedByName). The build computes it with the labels (src/domain/bundled/), so the
 * click that opens the client step sorts nothing.
 */
export function otherLanguagesByName(
  taxonomies: TaxonomiesFile,
): Record<UiLanguage, OtherClientLanguageId[]> {
  const others = CLIENT_LANGUAGE_IDS.filter(
    (id): id is OtherClientLanguageId => !(PRIMARY_CLIENT_LANGUAGE_IDS as readonly string[]).includes(id),
  );
  const byName = (lang: UiLanguage) =>
    sortedByName(
      others,
      lang,
      (id) => taxonomies.languages[id][lang],
      (id) => id,
    );
  return Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, byName(lang)])) as Record<
    UiLanguage,
    OtherClientLanguageId[]
  >;
}
