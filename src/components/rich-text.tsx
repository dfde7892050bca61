/** Renders content text, turning `[[term-id]]` glossary links into links to the glossary. */
import { Fragment } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { splitGlossaryLinks } from '../content/glossary-links';
import { useReferences } from './references-context';

export function RichText({ text }: { text: string }) {
  const { term } = useReferences();
  return (
    <>
      {splitGlossaryLinks(text).map((part, i) => {
        if (part.kind === 'text') return <Fragment key={i}>{part.value}</Fragment>;
        const entry = term(part.id);
        return (
          <Link key={i} className="term-link" to={paths.glossary.getHref(part.id)} title={entry?.definition}>
            {part.label ?? entry?.term ?? part.id}
          </Link>
        );
      })}
    </>
  );
}
