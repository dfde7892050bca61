/**
 * The frame for embeddable views: no site navigation, just the content, where it is from and
 * its licence. It reports its height to the host page (src/components/share/embed-protocol.ts),
 * and every link in it opens in the host's window, never inside the frame.
 */
import { useEffect, type MouseEvent } from 'react';
import { Outlet } from 'react-router';
import { paths } from '../config/paths';
import { embedFrameMessages } from '../i18n/embed';
import { licence } from '../i18n/licence';

const base = () => import.meta.env.BASE_URL.replace(/\/$/, '');

/** A link clicked inside the frame opens in the top window: the frame shows one view only. */
function openLinksOnTop(event: MouseEvent) {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.target) return;
  link.target = '_top';
  // The router's own click handling would keep the navigation inside the frame.
  event.stopPropagation();
}

export function EmbedLayout() {
  // The height reports load after the view is on screen: no page but an embed needs them.
  useEffect(() => {
    let stop: (() => void) | undefined;
    let left = false;
    void import('../components/share/embed-protocol').then(({ startHeightReports }) => {
      if (!left) stop = startHeightReports(document.documentElement);
    });
    return () => {
      left = true;
      stop?.();
    };
  }, []);
  return (
    <main id="main" className="embed" onClickCapture={openLinksOnTop}>
      <Outlet />
      <p className="embed-credit">
        {embedFrameMessages.from} · {licence.line}{' '}
        <a href={`${base()}${paths.reuse.getHref()}`} target="_top">
          {licence.reuseLink}
        </a>
      </p>
    </main>
  );
}
