import { z } from 'zod';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  AUDIENCE_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  KebabId,
  LocalizedText,
  MULTILINGUAL,
  NEED_IDS,
  NeedId,
  PLATFORM_IDS,
  PROVIDER_TYPE_IDS,
  TOOL_FLAG_IDS,
  TOOL_KIND_IDS,
} from './taxonomy.ts';
import { labelsFor } from './catalogue.ts';

export const NeedGroup = z.strictObject({
  id: KebabId,
  label: LocalizedText,
  needs: z.array(NeedId).min(1, 'a group needs at least one need'),
});

/** Labels for every taxonomy id, and the groups the needs step shows. */
export const TaxonomiesFile = z
  .strictObject({
    schemaVersion: z.literal(1),
    needs: labelsFor(NEED_IDS),
    needGroups: z.array(NeedGroup).min(1),
    ageGroups: z.strictObject(
      Object.fromEntries(
        AGE_GROUP_IDS.map((id) => [id, z.strictObject({ label: LocalizedText, range: z.string().min(1) })]),
      ) as {
        [K in (typeof AGE_GROUP_IDS)[number]]: z.ZodObject<{
          label: typeof LocalizedText;
          range: z.ZodString;
        }>;
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
  .superRefine((file, ctx) => {
    const seen = new Map<string, string>();
    file.needGroups.forEach((group, g) => {
      group.needs.forEach((need, n) => {
        const other = seen.get(need);
        if (other !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['needGroups', g, 'needs', n],
            message: `need "${need}" is already in group "${other}"`,
          });
        }
        seen.set(need, group.id);
      });
    });
    for (const need of NEED_IDS) {
      if (!seen.has(need)) {
        ctx.addIssue({ code: 'custom', path: ['needGroups'], message: `need "${need}" is in no group` });
      }
    }
  });
export type TaxonomiesFile = z.infer<typeof TaxonomiesFile>;
