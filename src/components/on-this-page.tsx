/**
 * "On this page": links to the sections of a long page. On a phone it folds to one line, since
 * the list can be longer than the screen; on wider screens it shows open (styles-reading.css).
 * A native <details>, so it works without JavaScript; the links are ordinary #fragment links.
 */
import { useId } from 'react';
import { messages } from '../i18n/messages';

export interface PageSection {
  /** The id of the section's heading (or of the section). */
  id: string;
  label: string;
}

/** Fewer sections than this are a short page: no list. */
const MIN_SECTIONS = 3;

export function OnThisPage({ sections }: { sections: readonly PageSection[] }) {
  const headingId = useId();
  if (sections.length < MIN_SECTIONS) return null;
  return (
    <nav className="on-this-page" aria-labelledby={headingId}>
      <details className="fold-on-phone">
        <summary id={headingId}>{messages.onThisPage}</summary>
        {/* Where the list shows open, its summary is hidden: this is its visible title (the
            nav is already named by the summary, so screen readers hear it once). */}
        <p className="on-this-page-title" aria-hidden="true">
          {messages.onThisPage}
        </p>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.label}</a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
