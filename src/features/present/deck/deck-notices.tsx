/** Says what a damaged or outdated deck link lost, so nobody presents a deck with a silent gap. */
import { presentMessages } from '../../../i18n/present';
import { MAX_CUSTOM_ITEMS, type DeckNotice } from '../../../content/custom-deck';

const t = presentMessages.notices;

export function noticeText(notice: DeckNotice): string {
  switch (notice.kind) {
    case 'unreadable':
      return t.unreadable;
    case 'version':
      return notice.newer ? t.newer : t.older;
    case 'skipped':
      return t.skipped(notice.count);
    case 'too-long':
      return t.tooLong(notice.dropped, MAX_CUSTOM_ITEMS);
    case 'missing':
      return t.missing(notice.ids);
  }
}

export function DeckNotices({ notices }: { notices: readonly DeckNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="deck-notices" role="note">
      <p>
        <strong>{t.title}</strong>
      </p>
      <ul>
        {notices.map((notice) => (
          <li key={notice.kind}>{noticeText(notice)}</li>
        ))}
      </ul>
    </div>
  );
}
