import { useEffect, type RefObject } from 'react';

/**
 * While something is open (a definition in place, search results), a tap or click outside
 * `wrap` closes it, as a popover does.
 */
export function useCloseOnTapElsewhere(
  open: boolean,
  wrap: RefObject<HTMLElement | null>,
  setOpen: (open: boolean) => void,
): void {
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!wrap.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, wrap, setOpen]);
}
