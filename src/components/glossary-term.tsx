/**
 * A glossary term inside content text: the dotted word. In prerendered HTML, and whenever
 * JavaScript has not run, it is a plain link to the term's glossary entry (no `title` tooltip:
 * touch and keyboard readers never see one, and on a long page the definitions, once per
 * occurrence, weighed about 3 kB gzip). Once the page is
 * interactive, the same word becomes a button (role, Enter and Space, aria-expanded and
 * aria-controls) that opens the definition in place, with a link to the full entry. Escape
 * closes it and gives focus back to the word; so do a tap elsewhere and focus moving on.
 *
 * The word stays the same element throughout: a <button> cannot wrap across lines as a
 * link does, so swapping one in at hydration would re-wrap the text under the reader's eyes
 * (docs/decisions/010 and 019).
 */
import {
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { linkText, plainText, type TermPart } from '../content/glossary-links';
import type { TermRef } from '../content/payloads';
import { messages } from '../i18n/messages';
import { useHydrated } from '../lib/use-hydrated';
import { useReferences } from './references-context';
import { useCloseOnTapElsewhere } from '../lib/use-close-on-tap-elsewhere';

const t = messages.glossaryTerm;

export function GlossaryTerm({ part }: { part: TermPart }) {
  const { term } = useReferences();
  const { id } = part;
  const entry = term(id);
  const hydrated = useHydrated();
  const definition = useDefinition(entry);
  const href = paths.glossary.getHref(id);
  const enhanced = hydrated && entry !== undefined;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrap = useRef<HTMLSpanElement>(null);
  const word = useRef<HTMLAnchorElement>(null);
  const panel = useRef<HTMLSpanElement>(null);
  useCloseOnTapElsewhere(open, wrap, setOpen);

  // Near the right edge of a phone the panel moves left as far as needed to stay on screen.
  useLayoutEffect(() => {
    const el = panel.current;
    if (!open || !el) return;
    el.style.translate = '';
    const margin = 8;
    const rect = el.getBoundingClientRect();
    const over = rect.right - (document.documentElement.clientWidth - margin);
    if (over > 0) el.style.translate = `${-Math.min(over, Math.max(0, rect.left - margin))}px 0`;
  }, [open]);

  const toggle = (event: MouseEvent | KeyboardEvent) => {
    // A click with a modifier (a new tab, a new window) still follows the link to the glossary.
    if ('button' in event && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey))
      return;
    event.preventDefault();
    setOpen((was) => !was);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      word.current?.focus();
    }
  };
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !wrap.current?.contains(next)) setOpen(false);
  };
  const asButton = enhanced
    ? {
        role: 'button',
        'aria-expanded': open,
        'aria-controls': panelId,
        onClick: toggle,
        // A link answers Enter by itself (as a click); a button also answers Space.
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key === ' ') toggle(event);
        },
      }
    : {};

  return (
    <span
      className="term"
      ref={wrap}
      onKeyDown={enhanced ? onKeyDown : undefined}
      onBlur={enhanced ? onBlur : undefined}
    >
      <Link ref={word} className="term-link" to={href} {...asButton}>
        {linkText(part, entry)}
      </Link>
      {enhanced && (
        <span ref={panel} id={panelId} className="term-popover" hidden={!open}>
          <strong className="term-popover-name">{entry.term}</strong>{' '}
          <span className="term-popover-text">{definition}</span>{' '}
          <Link className="term-popover-link" to={href}>
            {t.fullEntry(entry.term)}
          </Link>
        </span>
      )}
    </span>
  );
}

/** Definitions may link other terms; the popover shows them as plain words. */
function useDefinition(entry: TermRef | undefined): string | undefined {
  const { term } = useReferences();
  return useMemo(
    () => entry && plainText(entry.definition, (id) => term(id)?.term ?? id.replace(/-/g, ' ')),
    [entry, term],
  );
}
