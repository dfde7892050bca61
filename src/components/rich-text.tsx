/**
 * Renders content text, turning `[[term-id]]` glossary links into links to the glossary, each
 * with a short definition that opens in place once the page is interactive (GlossaryTerm).
 */
import { Fragment, memo } from 'react';
import { splitGlossaryLinks } from '../content/glossary-links';
import { GlossaryTerm } from './glossary-term';

/**
 * Memoised: a page re-renders when its view changes in place (the model in focus, a filter),
 * and its text, with every term and link in it, is most of what it renders but rarely changes.
 * What the terms read from context (the page's glossary, hydration) still reaches them.
 */
export const RichText = memo(function RichText({ text }: { text: string }) {
  return (
    <>
      {splitGlossaryLinks(text).map((part, i) =>
        part.kind === 'text' ? <Fragment key={i}>{part.value}</Fragment> : <GlossaryTerm key={i} part={part} />,
      )}
    </>
  );
});
