/**
 * Folds the narrative details of a difficult scenario behind a note that names the topic, and
 * says on its own control what it folds ("Show the situation"). Only the narrative folds: the
 * question, each model's headline and ratings stay in view, so the answer is never behind a tap
 * (issue #14). A native <details>, so it works by keyboard and screen reader, and before
 * JavaScript loads. Beside the note, a reader can choose to have notes always open; the choice is
 * remembered on this device and listed (and cleared) on the privacy page.
 */
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { messages } from '../i18n/messages';
import { useContentNoteChoice } from './content-note-setting';

const t = messages.scenarios;

interface Props {
  note: string | undefined;
  /** What the note folds, for its control: "the situation". */
  folds: string;
  children: ReactNode;
  /** Offer "always open content notes" beside it (once per page: the first note). */
  withSetting?: boolean;
}

export function ContentNote({ note, folds, children, withSetting = false }: Props) {
  const [choice] = useContentNoteChoice();
  const [open, onToggle] = useOpenState();
  if (!note) return <>{children}</>;
  return (
    <div className="content-note-wrap">
      <details className="content-note" open={choice === 'show' ? true : undefined} onToggle={onToggle}>
        <summary>
          <strong>{t.contentNote}:</strong> {note}. <FoldAction folds={folds} open={open} />
        </summary>
        {children}
      </details>
      {withSetting && <AlwaysOpenSetting />}
    </div>
  );
}

/**
 * An outcome's explanation in a scenario with a content note: folded on its own, so the outcome's
 * headline and ratings above it stay in view. Its control names the note again, because a link
 * to one model's outcome may open the page scrolled past the note above.
 */
export function ExplanationFold({ note, children }: { note: string | undefined; children: ReactNode }) {
  const [choice] = useContentNoteChoice();
  const [open, onToggle] = useOpenState();
  if (!note) return <>{children}</>;
  return (
    <details
      className="content-note content-note-inline"
      open={choice === 'show' ? true : undefined}
      onToggle={onToggle}
    >
      <summary>
        <strong>{t.explanation}</strong> {t.explanationNote(note)}.{' '}
        <FoldAction folds={t.folds.explanation} open={open} />
      </summary>
      {children}
    </details>
  );
}

/**
 * Whether a <details> is open, however it was opened (a tap, the reader's setting, find in page):
 * its toggle event says so. The prerendered page is folded, as is the first render.
 */
function useOpenState(): [boolean, (event: SyntheticEvent<HTMLDetailsElement>) => void] {
  const [open, setOpen] = useState(false);
  return [open, (event) => setOpen(event.currentTarget.open)];
}

/** "Show …" while folded, "Hide …" once open. Without scripts it keeps saying "Show …". */
function FoldAction({ folds, open }: { folds: string; open: boolean }) {
  return <span className="content-note-action">{open ? t.hide(folds) : t.show(folds)}</span>;
}

/**
 * The reader's standing choice, offered where the note is. A control that needs scripts: it is in
 * the prerendered page (so hydration moves nothing) and hidden where scripts cannot run.
 */
function AlwaysOpenSetting() {
  const [choice, setChoice] = useContentNoteChoice();
  return (
    <p className="content-note-setting needs-script">
      <label>
        <input
          type="checkbox"
          checked={choice === 'show'}
          onChange={(event) => setChoice(event.target.checked ? 'show' : 'fold')}
        />
        {t.alwaysOpenNotes}
      </label>
    </p>
  );
}
