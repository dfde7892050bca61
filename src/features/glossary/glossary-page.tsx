import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { plainText } from '../../content/glossary-links';
import { contentQueries } from '../../content/queries';
import type { GlossaryTerm } from '../../content/schemas';
import { messages } from '../../i18n/messages';
import { byLetter, LETTERS, letterAnchor } from './letters';

const t = messages.glossary;

/**
 * Every term, under its letter, with an A–Z index at the top. Each term's heading carries the
 * term's id, so /glossary/#term lands on it (below the sticky exit bar: styles.css), whether
 * the page is opened from a link elsewhere or loaded directly.
 */
export function GlossaryPage() {
  const { data: terms } = useSuspenseQuery(contentQueries.glossary());
  const entry = (id: string) => terms.find((x) => x.id === id);
  const groups = byLetter(terms);
  return (
    <div className="page glossary">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <nav className="az-index" aria-label={t.index}>
        <ul>
          {LETTERS.map((letter) => {
            const count = groups.get(letter)?.length ?? 0;
            return (
              <li key={letter}>
                {count > 0 ? (
                  <a href={`#${letterAnchor(letter)}`} aria-label={t.letter(letter, count)}>
                    {letter}
                  </a>
                ) : (
                  // A letter with no terms is shown for the shape of the alphabet, not read out.
                  <span aria-hidden="true">{letter}</span>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
      {[...groups].map(([letter, group]) => (
        <section key={letter} className="glossary-letter" aria-labelledby={letterAnchor(letter)}>
          <h2 id={letterAnchor(letter)}>{letter}</h2>
          {group.map((term) => (
            <Entry key={term.id} term={term} entry={entry} />
          ))}
        </section>
      ))}
    </div>
  );
}

function Entry({ term, entry }: { term: GlossaryTerm; entry: (id: string) => GlossaryTerm | undefined }) {
  const name = (id: string) => entry(id)?.term;
  return (
    <div className="glossary-entry">
      <h3 id={term.id}>{term.term}</h3>
      <p>{plainText(term.definition, entry)}</p>
      {term.aka && term.aka.length > 0 && (
        <p className="aka">
          {t.alsoCalled}: {term.aka.join(', ')}
        </p>
      )}
      {term.related && term.related.length > 0 && (
        <p className="related">
          {t.related}:{' '}
          {term.related.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <Link to={paths.glossary.getHref(id)}>{name(id) ?? id}</Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
