import { useTranslation } from 'react-i18next';
import type { Reason } from '../../engine/recommend.ts';
import { useLabels } from '../shared/labels.ts';

/** Client languages with a statutory right to service in that language (not interpreting). */
const OWN_LANGUAGE_RIGHT: readonly string[] = ['fi', 'sv', 'se'];

/** A reason or caveat code from the engine, in plain words of the current UI language. */
export function useReasonText() {
  const { t } = useTranslation('results');
  const { label, ageGroup, list } = useLabels();
  /** A requirement the catalogue only guessed is said to be a guess, never a fact. */
  const guess = (reason: { guessed: boolean }, text: string) =>
    reason.guessed ? t('reasons.access.guessed', { text }) : text;
  return (reason: Reason): string => {
    switch (reason.code) {
      case 'need.matched':
        return t('reasons.need.matched', { need: label('needs', reason.need) });
      case 'need.likely':
        return t('reasons.need.likely', { need: label('needs', reason.need) });
      case 'age.matched':
        return t('reasons.age.matched', { ageGroup: ageGroup(reason.ageGroup) });
      case 'age.likely':
        return t('reasons.age.likely', { ageGroup: ageGroup(reason.ageGroup) });
      case 'age.outside':
        return t('reasons.age.outside', {
          ageGroup: ageGroup(reason.ageGroup),
          ageGroups: reason.ageGroups.map(ageGroup).join(', '),
        });
      case 'age.unconfirmed':
        return t('reasons.age.unconfirmed', {
          ageGroup: ageGroup(reason.ageGroup),
          ageGroups: reason.ageGroups.map(ageGroup).join(', '),
        });
      case 'language.matched':
        return t('reasons.language.matched', { lang: label('languages', reason.lang) });
      case 'language.multilingual':
        return t('reasons.language.multilingual', { lang: label('languages', reason.lang) });
      case 'language.likely':
        return t('reasons.language.likely', {
          lang: label('languages', reason.lang),
          languages: list('languages', reason.languages),
        });
      case 'language.unconfirmed':
        // The languages are the editors' guess: never "not available", only "not confirmed".
        return t('reasons.language.unconfirmed', {
          lang: label('languages', reason.lang),
          languages: list('languages', reason.languages),
        });
      case 'language.unavailable':
        // Finnish, Swedish and Sami speakers have a right to service in their own language:
        // the caveat points to a method in it, not to an interpreter.
        return t(
          OWN_LANGUAGE_RIGHT.includes(reason.lang)
            ? 'reasons.language.unavailableOwnLanguage'
            : 'reasons.language.unavailable',
          {
            lang: label('languages', reason.lang),
            languages: list('languages', reason.languages),
          },
        );
      case 'channel.matched':
        return t('reasons.channel.matched', { channel: label('channels', reason.channel) });
      case 'channel.likely':
        return t('reasons.channel.likely', { channel: label('channels', reason.channel) });
      case 'channel.any':
        return t('reasons.channel.any');
      case 'channel.unmatched':
        return t('reasons.channel.unmatched', {
          channels: list('channels', reason.channels),
          toolChannels: list('channels', reason.toolChannels),
        });
      case 'channel.unconfirmed':
        return t('reasons.channel.unconfirmed', {
          channels: list('channels', reason.channels),
          toolChannels: list('channels', reason.toolChannels),
        });
      case 'access.fits':
        return t('reasons.access.fits', { access: label('access', reason.access) });
      case 'access.needsSupport':
        return guess(reason, t('reasons.access.needsSupport', { device: t(`devices.${reason.device}`) }));
      case 'access.requiresDevice':
        return guess(reason, t('reasons.access.requiresDevice', { device: t(`devices.${reason.device}`) }));
      case 'access.requiresInternet':
        return guess(reason, t('reasons.access.requiresInternet'));
      case 'access.requiresAccount':
        return guess(reason, t('reasons.access.requiresAccount'));
      case 'access.unknown':
        return t('reasons.access.unknown');
    }
  };
}

/** What a match reason matched, as a short value: the answer it meets, and whether only guessed. */
export interface MatchValue {
  text: string;
  guessed: boolean;
}

/**
 * A card's match reasons in one or two short lines ("Matches: Chat · Catalogue's estimate, not
 * confirmed: Finnish") instead of a sentence each: the practitioner gave the answers, so the
 * card need only say which it meets and which of those the catalogue only guessed. The full
 * sentences stay in the card's details.
 */
export function useMatchValues() {
  const { t } = useTranslation('results');
  const { label, ageGroup } = useLabels();
  const value = (reason: Reason): MatchValue | undefined => {
    switch (reason.code) {
      case 'need.matched':
      case 'need.likely':
        return { text: label('needs', reason.need), guessed: reason.code === 'need.likely' };
      case 'age.matched':
      case 'age.likely':
        return { text: ageGroup(reason.ageGroup), guessed: reason.code === 'age.likely' };
      case 'language.matched':
      case 'language.likely':
        return { text: label('languages', reason.lang), guessed: reason.code === 'language.likely' };
      case 'language.multilingual':
        return { text: t('match.multilingual', { lang: label('languages', reason.lang) }), guessed: false };
      case 'channel.matched':
      case 'channel.likely':
        return { text: label('channels', reason.channel), guessed: reason.code === 'channel.likely' };
      case 'channel.any':
        return { text: t('match.anyChannel'), guessed: false };
      case 'access.fits':
        return { text: label('access', reason.access), guessed: false };
      default:
        return undefined;
    }
  };
  return (reasons: readonly Reason[]) => {
    const values = reasons.flatMap((r) => value(r) ?? []);
    return {
      stated: values.filter((v) => !v.guessed).map((v) => v.text),
      guessed: values.filter((v) => v.guessed).map((v) => v.text),
    };
  };
}
