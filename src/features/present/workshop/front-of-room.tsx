/**
 * A workshop view for the whole room: the page goes full screen and one thing fills it, laid
 * out like a slide and scaled to the screen (the prediction beside the evidence, the timer).
 * The whole page goes full screen rather than this layer, so the quick exit stays on screen;
 * Esc, or leaving full screen, closes the view and gives focus back to what opened it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { workshopMessages } from '../../../i18n/workshop';
import { SlideBox } from '../slides/slide-box';

const t = workshopMessages.front;

export function FrontOfRoom({
  label,
  onClose,
  className = '',
  children,
}: {
  label: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}) {
  const close = useRef<HTMLButtonElement>(null);
  const closeNow = useRef(onClose);
  useEffect(() => {
    closeNow.current = onClose;
  });
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus({ preventScroll: true });
    const root = document.documentElement;
    let wentFullscreen = false;
    if (!document.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen().then(
        () => (wentFullscreen = true),
        () => undefined,
      );
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeNow.current();
    };
    const onFullscreen = () => {
      if (wentFullscreen && !document.fullscreenElement) closeNow.current();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      opener?.focus({ preventScroll: true });
    };
  }, []);
  return (
    <div className={`front-of-room ${className}`.trim()} role="dialog" aria-modal="false" aria-label={label}>
      <button ref={close} type="button" className="front-of-room-close" onClick={onClose}>
        {t.close}
      </button>
      <SlideBox>{children}</SlideBox>
    </div>
  );
}
