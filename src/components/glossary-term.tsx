/**
 * A glossary term inside content text. In prerendered HTML, and whenever JavaScript has not
 * run, it is a plain link to the glossary. Once the page is interactive, a small button after
 * the link opens the definition in place: a disclosure (aria-expanded, aria-controls) that
 * closes again with the button, Escape (focus goes back to the button), a tap elsewhere or
 * focus moving on. The link to the full glossary entry stays, beside the term and in the panel.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { linkText, plainText, type TermPart } from '../content/glossary-links';
import type { TermRef } from '../content/payloads';
import { messages } from '../i18n/messages';
import { useHydrated } from '../lib/use-hydrated';
import { useReferences } from './references-context';

const t = messages.glossaryTerm;

export function GlossaryTerm({ part }: { part: TermPart }) {
  const { term } = useReferences();
  const { id } = part;
  const entry = term(id);
  const hydrated = useHydrated();
  const definition = useDefinition(entry);
  const href = paths.glossary.getHref(id);
  const enhanced = hydrated && entry !== undefined;
  return (
    <span className="term">
      <Link className="term-link" to={href} title={enhanced ? undefined : definition}>
        {linkText(part, entry)}
      </Link>
      {enhanced ? (
        <TermPopover name={entry.term} definition={definition ?? ''} href={href} />
      ) : (
        // Holds the button's place until it appears, so hydration does not re-wrap the line.
        entry !== undefined && <span className="term-toggle-space" aria-hidden="true" />
      )}
    </span>
  );
}

/** Definitions may link other terms; the popover and tooltip show them as plain words. */
function useDefinition(entry: TermRef | undefined): string | undefined {
  const { term } = useReferences();
  return useMemo(() => entry && plainText(entry.definition, term), [entry, term]);
}

function TermPopover({ name, definition, href }: { name: string; definition: string; href: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrap = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!wrap.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  // Keep the panel on screen: near the right edge of a phone it moves left as far as needed.
  useLayoutEffect(() => {
    const el = panel.current;
    if (!open || !el) return;
    el.style.translate = '';
    const margin = 8;
    const rect = el.getBoundingClientRect();
    const over = rect.right - (document.documentElement.clientWidth - margin);
    if (over > 0) el.style.translate = `${-Math.min(over, Math.max(0, rect.left - margin))}px 0`;
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !wrap.current?.contains(next)) setOpen(false);
  };

  return (
    <span className="term-toggle-wrap" ref={wrap} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="term-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t.show(name)}
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true">?</span>
      </button>
      <span ref={panel} id={panelId} className="term-popover" hidden={!open}>
        <strong className="term-popover-name">{name}</strong> <span className="term-popover-text">{definition}</span>{' '}
        <Link className="term-popover-link" to={href}>
          {t.fullEntry(name)}
        </Link>
      </span>
    </span>
  );
}
