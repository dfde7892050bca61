/**
 * Share controls for any view: copy its link (with a visible confirmation), the device's share
 * sheet where the browser has one, and a QR code large enough to scan from across a room.
 * The QR library loads only when a reader asks for the code.
 *
 * The controls are in the prerendered page too, so the page does not move when it hydrates (a
 * layout shift right where a reader on a phone is looking). Without JavaScript they would do
 * nothing, so they are hidden then (the needs-script class). Only what the browser
 * alone knows waits for hydration: whether it has a share sheet, and this page's full address.
 */
import { lazy, Suspense, useId, useState } from 'react';
import { messages } from '../../i18n/messages';
import { useHydrated } from '../../lib/use-hydrated';

const QrCode = lazy(() => import('./qr-code'));
const t = messages.share;

/** The address of the current view, as a reader would copy it from the address bar. */
function currentUrl(): string {
  return typeof window === 'undefined' ? '' : window.location.href;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** An absolute URL for a router path (which excludes the site's base). */
function absoluteUrl(path: string): string {
  return `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
}

interface Props {
  title: string;
  /** Router path of a minimal embeddable version of this view, if there is one. */
  embedPath?: string;
}

export function ShareControls({ title, embedPath }: Props) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState('');
  const [showQr, setShowQr] = useState(false);
  const qrId = useId();
  const url = currentUrl();
  const canShare = hydrated && typeof navigator.share === 'function';
  return (
    <section className="share needs-script" aria-label={t.heading}>
      <div className="share-buttons">
        <button type="button" onClick={async () => setStatus((await copyText(currentUrl())) ? t.copied : t.copyFailed)}>
          {t.copy}
        </button>
        <button type="button" aria-expanded={showQr} aria-controls={qrId} onClick={() => setShowQr((v) => !v)}>
          {showQr ? t.hideQr : t.showQr}
        </button>
        {/* Last, so that when it appears at hydration nothing moves to make room for it. */}
        {canShare && (
          <button type="button" onClick={() => void navigator.share({ title, url: currentUrl() }).catch(() => {})}>
            {t.shareSheet}
          </button>
        )}
      </div>
      <p role="status" className="share-status">
        {status}
      </p>
      {status === t.copyFailed && (
        <label className="share-link">
          {t.linkLabel}
          <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {embedPath && <EmbedSnippet src={hydrated ? absoluteUrl(embedPath) : ''} title={title} />}
      <div id={qrId} hidden={!showQr} className="share-qr">
        {showQr && (
          <Suspense fallback={null}>
            <QrCode text={url} label={t.qrLabel(url)} />
            <p className="share-qr-url">{url}</p>
          </Suspense>
        )}
      </div>
    </section>
  );
}

function EmbedSnippet({ src, title }: { src: string; title: string }) {
  const [copied, setCopied] = useState(false);
  const snippet = `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="640" loading="lazy" style="border:0"></iframe>`;
  return (
    <details className="share-embed">
      <summary>{t.embed}</summary>
      <p>{t.embedHelp}</p>
      <label className="share-link">
        {t.embed}
        <textarea readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={async () => setCopied(await copyText(snippet))}>
        {t.copyEmbed}
      </button>
      <p role="status">{copied ? t.embedCopied : ''}</p>
    </details>
  );
}
