/**
 * Tells the reader, briefly, that something saved on this device could not be read and was
 * repaired or reset. The live region is always there, so the message is announced when it appears.
 */
import type { StoredNotice as Notice } from '../lib/use-stored-record';
import { learnMessages } from '../i18n/learn';

interface Props {
  notice: Notice | undefined;
  text: Record<Notice, string>;
  onDismiss: () => void;
}

export function StoredNotice({ notice, text, onDismiss }: Props) {
  return (
    <div role="status" className={notice ? 'stored-notice' : undefined}>
      {notice && (
        <>
          <p>{text[notice]}</p>
          <button type="button" onClick={onDismiss}>
            {learnMessages.dismiss}
          </button>
        </>
      )}
    </div>
  );
}
