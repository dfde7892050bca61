/**
 * Share controls for any view, meant to sit near its title: one row of buttons, each opening
 * a panel below it.
 *
 * - The first button opens the device's share sheet where the browser has one (most phones),
 *   and copies the link where it has not. Both labels are in the button from the start, one of
 *   them invisible, so it keeps its width when it learns which it is (no layout shift).
 * - QR code (the library loads only when asked), Embed (the code for another site) and
 *   Download (pictures and data, made on the device when asked).
 *
 * The controls are in the prerendered page, so the page does not move when it hydrates. Without
 * JavaScript they would do nothing, so they are hidden then (the needs-script class).
 */
import { lazy, Suspense, useId, useState } from 'react';
import { messages } from '../../i18n/messages';
import { shareMessages } from '../../i18n/share';
import { useHydrated } from '../../lib/use-hydrated';
import { DownloadPanel } from './download-panel';
import type { ShareDownloads } from './downloads';
import { copyText, EmbedPanel, type EmbedOptions } from './embed-panel';

const QrCode = lazy(() => import('./qr-code'));
const t = shareMessages;

/** The address of the current view, as a reader would copy it from the address bar. */
function currentUrl(): string {
  return typeof window === 'undefined' ? '' : window.location.href;
}

/** An absolute URL for a router path (which excludes the site's base). */
function absoluteUrl(path: string): string {
  return `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
}

type Panel = 'qr' | 'embed' | 'download';

interface Props {
  title: string;
  embed?: EmbedOptions;
  downloads?: ShareDownloads;
}

export function ShareControls({ title, embed, downloads }: Props) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState<Panel | null>(null);
  const ids = { qr: useId(), embed: useId(), download: useId() };
  const canShare = hydrated && typeof navigator.share === 'function';
  const url = currentUrl();

  const copy = async () =>
    setStatus((await copyText(currentUrl())) ? messages.share.copied : messages.share.copyFailed);
  const primary = async () => {
    if (!canShare) return copy();
    try {
      await navigator.share({ title, url: currentUrl() });
    } catch (error) {
      // The reader closed the sheet: nothing to do. Anything else: copy the link instead.
      if ((error as Error | null)?.name !== 'AbortError') await copy();
    }
  };
  const toggle = (panel: Panel) => ({
    'aria-expanded': open === panel,
    'aria-controls': ids[panel],
    onClick: () => setOpen((current) => (current === panel ? null : panel)),
  });

  return (
    <section className="share needs-script" aria-label={t.region}>
      <div className="share-bar">
        <button type="button" className="share-primary" onClick={() => void primary()}>
          <span className="share-swap">
            <span aria-hidden={canShare ? undefined : true}>{t.shareSheet}</span>
            <span aria-hidden={canShare ? true : undefined}>{t.copy}</span>
          </span>
        </button>
        <button type="button" {...toggle('qr')}>
          {t.qr}
        </button>
        {embed && (
          <button type="button" {...toggle('embed')}>
            {t.embed}
          </button>
        )}
        {downloads && (
          <button type="button" {...toggle('download')}>
            {t.download}
          </button>
        )}
      </div>
      <p role="status" className="share-status">
        {status}
      </p>
      {status === messages.share.copyFailed && (
        <label className="share-link">
          {messages.share.linkLabel}
          <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <div id={ids.qr} hidden={open !== 'qr'} className="share-panel share-qr">
        {open === 'qr' && (
          <Suspense fallback={null}>
            <QrCode text={url} label={messages.share.qrLabel(url)} />
            <p className="share-qr-url">{url}</p>
          </Suspense>
        )}
      </div>
      {embed && (
        <EmbedPanel
          id={ids.embed}
          hidden={open !== 'embed'}
          src={hydrated ? absoluteUrl(embed.path) : ''}
          title={title}
          height={embed.height}
        />
      )}
      {downloads && <DownloadPanel id={ids.download} hidden={open !== 'download'} downloads={downloads} />}
    </section>
  );
}
