import { z } from 'zod';
import { AccessId, AgeGroupId, ChannelId, ClientLanguageId, NeedId } from './taxonomy.ts';

/**
 * The practitioner's answers about one client situation. Only taxonomy ids: nothing here
 * can identify a person, which is why it may be kept on the device and put in a link.
 * Validation messages are i18n keys (namespace "wizard"), translated at render.
 */
export const NeedsAnswer = z
  .array(NeedId)
  .min(1, 'errors.needsRequired')
  .refine((v) => new Set(v).size === v.length, 'errors.duplicate');
export const AgeGroupAnswer = AgeGroupId;
export const LanguageAnswer = ClientLanguageId;
/** "any" when the client has no channel preference. */
export const ChannelsAnswer = z.union([
  z.literal('any'),
  z
    .array(ChannelId)
    .min(1, 'errors.channelsRequired')
    .refine((v) => new Set(v).size === v.length, 'errors.duplicate'),
]);
/** "skipped" when the practitioner chose not to answer the optional access question. */
export const AccessAnswer = z.union([AccessId, z.literal('skipped')]);

export const Answers = z.strictObject({
  needs: NeedsAnswer,
  ageGroup: AgeGroupAnswer,
  language: LanguageAnswer,
  channels: ChannelsAnswer,
  access: AccessAnswer,
});
export type Answers = z.infer<typeof Answers>;
export type ChannelsAnswer = z.infer<typeof ChannelsAnswer>;
export type AccessAnswer = z.infer<typeof AccessAnswer>;

/** Answers while the wizard is under way: any subset may be given. */
export const PartialAnswers = Answers.partial();
export type PartialAnswers = z.infer<typeof PartialAnswers>;

export const QUESTION_IDS = ['needs', 'ageGroup', 'language', 'channels', 'access'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** Narrows partial answers to complete ones, or undefined. */
export function completeAnswers(partial: PartialAnswers): Answers | undefined {
  const parsed = Answers.safeParse(partial);
  return parsed.success ? parsed.data : undefined;
}
