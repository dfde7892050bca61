/**
 * Renders content text, turning `[[term-id]]` glossary links into links to the glossary, each
 * with a short definition that opens in place once the page is interactive (GlossaryTerm).
 */
import { Fragment } from 'react';
import { splitGlossaryLinks } from '../content/glossary-links';
import { GlossaryTerm } from './glossary-term';

export function RichText({ text }: { text: string }) {
  return (
    <>
      {splitGlossaryLinks(text).map((part, i) =>
        part.kind === 'text' ? (
          <Fragment key={i}>{part.value}</Fragment>
        ) : (
          <GlossaryTerm key={i} id={part.id} label={part.label} />
        ),
      )}
    </>
  );
}
