/**
 * The keyboard layer of a presentation, for keyboards and presentation clickers (which send
 * Page Up / Page Down, arrows, "b" or "."). Like mdx-deck, it stays out of the way while a
 * form field has focus, and of browser shortcuts (Ctrl, Alt, Cmd).
 */
import { useEffect, useRef } from 'react';

export const DECK_ACTIONS = ['next', 'previous', 'first', 'last', 'fullscreen', 'overview', 'blank', 'escape'] as const;
export type DeckAction = (typeof DECK_ACTIONS)[number];

const KEYS: Record<string, DeckAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  o: 'overview',
  O: 'overview',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'escape',
};

interface KeyLike {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  target: EventTarget | null;
}

function isFormField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/** Space and Enter already press a focused button or link; the deck must not act twice. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

export function deckActionFor(event: KeyLike): DeckAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || isFormField(event.target)) return undefined;
  if (event.key === ' ' && isControl(event.target)) return undefined;
  // Shift+Space goes back, as it scrolls back on a page.
  if (event.key === ' ' && event.shiftKey) return 'previous';
  return KEYS[event.key];
}

export function useDeckKeys(onAction: (action: DeckAction) => void): void {
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = deckActionFor(event);
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
