/**
 * Arrow keys between a search box and its results: Down from the box goes to the first result,
 * Down and Up move through them, Up from the first goes back to the box. Returns whether the key
 * was used. The results stay ordinary links in the Tab order; the arrows are a shortcut.
 */
import type { KeyboardEvent } from 'react';

export function moveAmongResults(event: KeyboardEvent, within: HTMLElement): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  const input = within.querySelector<HTMLInputElement>('input[type="search"]');
  const links = [...within.querySelectorAll<HTMLAnchorElement>('.search-results a')];
  if (!input || links.length === 0) return false;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const down = event.key === 'ArrowDown';
  let next: HTMLElement | undefined;
  if (document.activeElement === input) next = down ? links[0] : undefined;
  else if (at >= 0) next = down ? links[Math.min(at + 1, links.length - 1)] : at === 0 ? input : links[at - 1];
  if (!next) return false;
  event.preventDefault();
  next.focus();
  return true;
}
