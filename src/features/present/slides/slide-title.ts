import { plainText } from '../../../content/glossary-links';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import type { SlideView } from '../deck/deck-view';

const t = presentMessages;

/** A slide's title as plain text: for headings, the overview, announcements and page titles. */
export function slideTitle(slide: SlideView): string {
  switch (slide.kind) {
    case 'title':
      return plainText(slide.title);
    case 'model':
      return slide.model.name;
    case 'scenario':
      return slide.scenario.title;
    case 'compare':
      return t.compareTitle(
        messages.dimensions[slide.dimension],
        slide.topic ? messages.topics[slide.topic] : undefined,
      );
  }
}

export function slideKindLabel(slide: SlideView): string {
  return t.slideKinds[slide.kind];
}
