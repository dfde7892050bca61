/**
 * Content text on a slide. In a document (the transcript) its glossary terms are links with
 * their definitions; on the projector they are plain words, so a slide holds nothing to tab
 * through or to click by mistake, and the keyboard goes straight from the quick exit to the
 * presentation's controls.
 */
import { RichText } from '../../../components/rich-text';
import { useReferences } from '../../../components/references-context';
import { plainText } from '../../../content/glossary-links';
import type { SlideVariant } from './slide';

export function SlideText({ text, variant }: { text: string; variant: SlideVariant }) {
  const { term } = useReferences();
  if (variant === 'document') return <RichText text={text} />;
  return <>{plainText(text, (id) => term(id)?.term)}</>;
}
