/**
 * Folds difficult details behind a note that names the topic. A native <details> element, so
 * it works by keyboard and screen reader, and before JavaScript loads.
 */
import type { ReactNode } from 'react';
import { messages } from '../i18n/messages';

export function ContentNote({ note, children }: { note: string | undefined; children: ReactNode }) {
  if (!note) return <>{children}</>;
  return (
    <details className="content-note">
      <summary>
        <strong>{messages.scenarios.contentNote}:</strong> {note}. <span className="content-note-action">{messages.scenarios.showDetails}</span>
      </summary>
      {children}
    </details>
  );
}
