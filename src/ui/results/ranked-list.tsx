import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../engine/recommend.ts';

/** How many recommendations a list shows before "Show all". */
export const INITIAL_CARDS = 10;

interface RankedListProps {
  items: readonly Recommendation[];
  /** Tools in the plan: a list holding one past the first cards opens in full, so none is hidden. */
  chosenTools: readonly string[];
  renderCard: (item: Recommendation) => ReactNode;
}

/**
 * A ranked list of recommendation cards that shows the first INITIAL_CARDS and a button for
 * the rest, so the ethics prompts and the plan below stay within reach. Opening the rest moves
 * focus to the first card that appears, so keyboard and screen-reader users carry on there.
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
    const heading = listRef.current?.children[INITIAL_CARDS]?.querySelector<HTMLElement>('h3');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [expanded]);

  return (
    <>
      <ol className="tool-list" ref={listRef}>
        {shown.map((item) => (
          <li key={item.toolId}>{renderCard(item)}</li>
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
