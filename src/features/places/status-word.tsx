import type { LEGAL_STATUSES } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';

const ICON = { crime: '✕', legal: '✓', regulated: '!', varies: '~' } as const;

/** A legal status as an icon and a word: never colour alone. */
export function StatusWord({ status }: { status: (typeof LEGAL_STATUSES)[number] }) {
  return (
    <span className={`status-word status-${status}`}>
      <span aria-hidden="true">{ICON[status]} </span>
      {messages.models.statuses[status]}
    </span>
  );
}
