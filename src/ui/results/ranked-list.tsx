import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../engine/recommend.ts';
import { fitBand, scoreTiers } from './fit-band.ts';

/** How many recommendations a list shows before "Show all". */
export const INITIAL_CARDS = 10;

interface RankedListProps {
  items: readonly Recommendation[];
  /** Tools in the plan: a list holding one past the first cards opens in full, so none is hidden. */
  chosenTools: readonly string[];
  renderCard: (item: Recommendation) => ReactNode;
}

/** Tools of one score: one titled group ("equally suitable"), in no order of their own. */
function Tier({
  items,
  renderCard,
}: {
  items: readonly Recommendation[];
  renderCard: RankedListProps['renderCard'];
}) {
  const { t } = useTranslation('results');
  const id = useId();
  const band = t(`band.${fitBand(items[0]!.score)}`);
  if (items.length === 1) {
    return (
      <li className="tier tier--single">
        <p className="tier__label">{band}</p>
        {renderCard(items[0]!)}
      </li>
    );
  }
  return (
    <li className="tier">
      <p className="tier__label" id={id}>
        {band} · {t('tie', { count: items.length })}
      </p>
      <ul className="tool-list tool-list--tie" aria-labelledby={id}>
        {items.map((item) => (
          <li key={item.toolId}>{renderCard(item)}</li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The recommendation cards in the engine's order, tools of equal score as one group. It shows
 * the first INITIAL_CARDS and a button for the rest, so the ethics prompts and the plan below
 * stay within reach. Opening the rest moves focus to the first card that appears.
 */
export function RankedList({ items, chosenTools, renderCard }: RankedListProps) {
  const { t } = useTranslation('results');
  const [expanded, setExpanded] = useState(false);
  const focusFirstNew = useRef(false);
  const listRef = useRef<HTMLOListElement>(null);
  const hidesChosen = items.slice(INITIAL_CARDS).some((item) => chosenTools.includes(item.toolId));
  const open = expanded || hidesChosen || items.length <= INITIAL_CARDS;
  const shown = open ? items : items.slice(0, INITIAL_CARDS);

  useEffect(() => {
    if (!expanded || !focusFirstNew.current) return;
    focusFirstNew.current = false;
    const heading = listRef.current?.querySelectorAll<HTMLElement>('article h3')[INITIAL_CARDS];
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [expanded]);

  return (
    <>
      <ol className="tool-list tool-list--tiers" ref={listRef}>
        {scoreTiers(shown).map((tier) => (
          <Tier key={tier[0]!.toolId} items={tier} renderCard={renderCard} />
        ))}
      </ol>
      {!open && (
        <p className="tool-list__more">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              focusFirstNew.current = true;
              setExpanded(true);
            }}
          >
            {t('showAll', { count: items.length })}
          </button>{' '}
          <span className="hint">{t('shownOf', { shown: INITIAL_CARDS, count: items.length })}</span>
        </p>
      )}
    </>
  );
}
