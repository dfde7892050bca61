import { presentMessages } from '../../../i18n/present';
import type { DeckView } from '../deck/deck-view';
import { slideTitle } from '../slides/slide-title';
import { stepsOf } from '../slides/steps';
import type { Position } from './position';

const t = presentMessages;

/** What a step shows, in words: for the live announcement and the presenter's screen. */
export function stepLabel(deck: DeckView, { slide, step }: Position): string | undefined {
  const current = stepsOf(deck.slides[slide - 1], deck.models)[step];
  switch (current?.kind) {
    case 'note':
      return t.steps.note;
    case 'situation':
      return t.steps.situation;
    case 'question':
      return t.steps.question;
    case 'model':
      return t.steps.model(deck.models.find((m) => m.id === current.id)?.name ?? current.id);
    case 'prompts':
      return t.steps.prompts;
    case 'rows': {
      const shown = deck.slides[slide - 1];
      return t.rowsShown(current.from + 1, current.to, shown?.kind === 'compare' ? shown.rows.length : current.to);
    }
    default:
      return undefined;
  }
}

/** "Slide 3 of 12: title", and the step once the slide has started revealing. */
export function announcement(deck: DeckView, position: Position): string {
  const slide = deck.slides[position.slide - 1];
  const base = t.announce(position.slide, deck.slides.length, slide ? slideTitle(slide) : '');
  const label = position.step > 0 ? stepLabel(deck, position) : undefined;
  return label ? `${base}. ${label}` : base;
}
