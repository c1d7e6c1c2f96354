import { useTranslation } from 'react-i18next';
import { useLabels, useLocalized } from '../shared/labels.ts';
import { useMatchValues, useReasonText } from './reason-text.ts';

/**
 * The text helpers every card uses, built once for the list and handed to each card. Built in
 * each card, they cost some ten useTranslation calls a card, each of which copies the i18next
 * instance on mount: more than the cards' own text in a profile of the results on a phone.
 */
export function useCardText() {
  const { t } = useTranslation('results');
  const localized = useLocalized();
  const reasonText = useReasonText();
  const matchValues = useMatchValues();
  const { label } = useLabels();
  return { t, localized, reasonText, matchValues, label };
}

export type CardText = ReturnType<typeof useCardText>;
