/**
 * The deck's parts in order, each with Move up, Move down and Remove buttons. Moving keeps
 * keyboard focus on the button that was pressed (the list is keyed, so the element moves).
 */
import type { RefObject } from 'react';
import type { ContentIndex } from '../../../content/payloads';
import { presentMessages } from '../../../i18n/present';
import { MAX_CUSTOM_ITEMS, type CustomDeck } from '../../../content/custom-deck';
import { itemKey, itemLabel } from './builder-items';

const t = presentMessages.builder;

interface Props {
  deck: CustomDeck;
  index: ContentIndex;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onMove: (at: number, by: -1 | 1) => void;
  onRemove: (at: number) => void;
}

export function BuilderList({ deck, index, headingRef, onMove, onRemove }: Props) {
  const last = deck.items.length - 1;
  return (
    <section aria-labelledby="builder-slides" className="builder-list">
      <h2 id="builder-slides" ref={headingRef} tabIndex={-1}>
        {t.slidesHeading(deck.items.length + 1, MAX_CUSTOM_ITEMS + 1)}
      </h2>
      <ol>
        <li className="builder-item builder-item-fixed">
          <span className="builder-item-label">
            <span className="overview-kind">{presentMessages.slideKinds.title}</span>{' '}
            {deck.title || presentMessages.untitled}
          </span>
        </li>
        {deck.items.map((item, i) => {
          const label = itemLabel(item, index);
          return (
            <li key={itemKey(item)} className="builder-item">
              <span className="builder-item-label">
                <span className="overview-kind">{presentMessages.slideKinds[item.kind]}</span> {label}
              </span>
              <span className="builder-item-actions">
                <button
                  type="button"
                  aria-label={t.moveUp(label)}
                  aria-disabled={i === 0}
                  onClick={() => i > 0 && onMove(i, -1)}
                >
                  <span aria-hidden="true">↑ </span>
                  {t.up}
                </button>
                <button
                  type="button"
                  aria-label={t.moveDown(label)}
                  aria-disabled={i === last}
                  onClick={() => i < last && onMove(i, 1)}
                >
                  <span aria-hidden="true">↓ </span>
                  {t.down}
                </button>
                <button type="button" aria-label={t.remove(label)} onClick={() => onRemove(i)}>
                  {t.removeShort}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {deck.items.length === 0 && <p>{t.emptyList}</p>}
    </section>
  );
}
