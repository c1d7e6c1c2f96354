// zod/mini: the answers are validated on the first screen, where every kilobyte counts.
import * as z from 'zod/mini';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  NEED_IDS,
  PRIMARY_CLIENT_LANGUAGE_IDS,
} from './taxonomy.ts';
import { invalid } from './validation.ts';
import { distinct } from './schema-helpers.ts';

/**
 * The practitioner's answers about one client situation. Only taxonomy ids: nothing here
 * can identify a person, which is why it may be kept on the device and put in a link.
 * Validation messages are keys of ValidationKey (validation.ts), translated at render.
 */

export const NeedsAnswer = z
  .array(z.enum(NEED_IDS, { error: invalid('unknownValue') }), { error: invalid('needsRequired') })
  .check(z.minLength(1, invalid('needsRequired')), z.refine(distinct, invalid('duplicate')));
export const AgeGroupAnswer = z.enum(AGE_GROUP_IDS, { error: invalid('ageGroupRequired') });
export const LanguageAnswer = z.enum(CLIENT_LANGUAGE_IDS, { error: invalid('languageRequired') });
/** "any" when the client has no channel preference. */
export const ChannelsAnswer = z.union(
  [
    z.literal('any'),
    z
      .array(z.enum(CHANNEL_IDS, { error: invalid('unknownValue') }))
      .check(z.minLength(1, invalid('channelsRequired')), z.refine(distinct, invalid('duplicate'))),
  ],
  { error: invalid('channelsRequired') },
);
/** "skipped" when the practitioner chose not to answer the optional access question. */
export const AccessAnswer = z.union([z.enum(ACCESS_IDS), z.literal('skipped')], {
  error: invalid('accessRequired'),
});

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
export const PartialAnswers = z.partial(Answers);
export type PartialAnswers = z.infer<typeof PartialAnswers>;

export const QUESTION_IDS = ['needs', 'ageGroup', 'language', 'channels', 'access'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export const isQuestionId = (value: unknown): value is QuestionId =>
  typeof value === 'string' && (QUESTION_IDS as readonly string[]).includes(value);

/*
 * The questionnaire's steps: the questions each one asks, in the order they are asked. The
 * client's age group, language and digital access share one "about the client" step.
 */
export const STEP_IDS = ['needs', 'client', 'channels'] as const;
export type StepId = (typeof STEP_IDS)[number];
export const STEP_QUESTIONS = {
  needs: ['needs'],
  client: ['ageGroup', 'language', 'access'],
  channels: ['channels'],
} as const satisfies Record<StepId, readonly QuestionId[]>;
export const isStepId = (value: unknown): value is StepId =>
  typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
/** The step that asks `question`. */
export const stepOfQuestion = (question: QuestionId): StepId =>
  STEP_IDS.find((step) => (STEP_QUESTIONS[step] as readonly QuestionId[]).includes(question)) ?? 'needs';
/**
 * Step names earlier versions wrote into device records and history entries (one question a
 * step, then a review), and the step that asks the same now.
 */
export const LEGACY_STEPS = {
  ageGroup: 'client',
  language: 'client',
  access: 'client',
  review: 'results',
} as const satisfies Record<string, StepId | 'results'>;

/** Narrows partial answers to complete ones, or undefined. */
export function completeAnswers(partial: PartialAnswers): Answers | undefined {
  const parsed = Answers.safeParse(partial);
  return parsed.success ? parsed.data : undefined;
}

/* The step forms: what each form holds, validated by zodResolver, and turned into an answer. */

export const NeedsStepForm = z.object({ needs: NeedsAnswer });

const OTHER = 'other' as const;
export const LanguageStepForm = z.pipe(
  z
    .object({
      choice: z.enum([...PRIMARY_CLIENT_LANGUAGE_IDS, OTHER], { error: invalid('languageRequired') }),
      other: z.string(),
    })
    .check(
      z.refine((form) => form.choice !== OTHER || LanguageAnswer.safeParse(form.other).success, {
        path: ['other'],
        message: invalid('otherLanguageRequired'),
      }),
    ),
  z.transform((form) => ({
    language: LanguageAnswer.parse(form.choice === OTHER ? form.other : form.choice),
  })),
);

export const ChannelsStepForm = z.pipe(
  z
    .object({
      channels: z.array(z.enum(CHANNEL_IDS, { error: invalid('unknownValue') })),
      noPreference: z.boolean(),
    })
    .check(
      z.refine((form) => form.noPreference || form.channels.length > 0, {
        path: ['channels'],
        message: invalid('channelsRequired'),
      }),
    ),
  z.transform((form): { channels: ChannelsAnswer } => ({
    channels: form.noPreference ? 'any' : [...new Set(form.channels)],
  })),
);

/*
 * The "about the client" step: age group, language (as LanguageStepForm) and digital access
 * (a level, or 'skipped' chosen as its own option), turned into the three answers.
 */
export const ClientStepForm = z.pipe(
  z.object({
    ageGroup: AgeGroupAnswer,
    language: LanguageStepForm,
    // One enum rather than AccessAnswer's union, so the form's resolver reports the one message.
    access: z.enum([...ACCESS_IDS, 'skipped'], { error: invalid('accessRequired') }),
  }),
  z.transform((form) => ({ ageGroup: form.ageGroup, language: form.language.language, access: form.access })),
);
