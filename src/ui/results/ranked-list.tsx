import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../engine/recommend.ts';
import { fitBand, scoreTiers } from './fit-band.ts';

/** A list shows at most this many cards before "Show all". */
export const MAX_INITIAL_CARDS = 10;
/** ... and at least this many, when it has them. */
export const MIN_INITIAL_CARDS = 4;

/**
 * How many cards a list shows before "Show all": the groups that fit well or very well, so
 * that a meeting starts with the best; at least MIN_INITIAL_CARDS (more groups, whole), at most
 * MAX_INITIAL_CARDS. A group of equally suitable tools is never cut, unless it alone is longer.
 */
export function initialCards(items: readonly Recommendation[]): number {
  let shown = 0;
  for (const tier of scoreTiers(items)) {
    const strong = fitBand(tier[0]!.score) === 'veryGood' || fitBand(tier[0]!.score) === 'good';
    if (!strong && shown >= MIN_INITIAL_CARDS) break;
    if (shown + tier.length > MAX_INITIAL_CARDS) return shown > 0 ? shown : MAX_INITIAL_CARDS;
    shown += tier.length;
  }
  return shown;
}

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
  // Small groups share a row on a wide screen, in the engine's order (see .tier in styles.css).
  const style = { '--cards': items.length } as CSSProperties;
  if (items.length === 1) {
    return (
      <li className="tier tier--single" style={style}>
        <p className="tier__label">{band}</p>
        {renderCard(items[0]!)}
      </li>
    );
  }
  return (
    <li className="tier" style={style}>
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
 * the best groups (initialCards) and a button for the rest, so the ethics prompts and the plan
 * below stay within reach. Opening the rest moves focus to the first card that appears.
 */
export function RankedList({ items, chosenTools, renderCard }: RankedListProps) {
  const { t } = useTranslation('results');
  const [expanded, setExpanded] = useState(false);
  const focusFirstNew = useRef(false);
  const listRef = useRef<HTMLOListElement>(null);
  const initial = initialCards(items);
  const hidesChosen = items.slice(initial).some((item) => chosenTools.includes(item.toolId));
  const open = expanded || hidesChosen || items.length <= initial;
  const shown = open ? items : items.slice(0, initial);

  useEffect(() => {
    if (!expanded || !focusFirstNew.current) return;
    focusFirstNew.current = false;
    const heading = listRef.current?.querySelectorAll<HTMLElement>('article h3')[initial];
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [expanded, initial]);

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
          <span className="hint">{t('shownOf', { shown: initial, count: items.length })}</span>
        </p>
      )}
    </>
  );
}
