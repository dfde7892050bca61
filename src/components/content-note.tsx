/**
 * Folds difficult details behind a note that names the topic. A native <details> element, so
 * it works by keyboard and screen reader, and before JavaScript loads. Readers can choose to
 * always see the details (privacy and settings page).
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { messages } from '../i18n/messages';
import { useContentNoteChoice } from './content-note-setting';

export function ContentNote({ note, children }: { note: string | undefined; children: ReactNode }) {
  const [choice] = useContentNoteChoice();
  if (!note) return <>{children}</>;
  return (
    <div className="content-note-wrap">
      <details className="content-note" open={choice === 'show' ? true : undefined}>
        <summary>
          <strong>{messages.scenarios.contentNote}:</strong> {note}.{' '}
          <span className="content-note-action">{messages.scenarios.showDetails}</span>
        </summary>
        {children}
      </details>
      <p className="content-note-setting">
        <Link to={paths.privacy.getHref()}>{messages.scenarios.contentNoteSetting}</Link>
      </p>
    </div>
  );
}
