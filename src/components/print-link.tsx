/**
 * The way back from paper: the online address as text and as a QR code. The code needs the
 * full address, which only the browser knows, so it appears once the page has hydrated; the
 * QR library loads only on the pages that print it.
 */
import { lazy, Suspense } from 'react';
import { useHref } from 'react-router';
import { OnlineAddress } from './online-address';
import { messages } from '../i18n/messages';
import { useHydrated } from '../lib/use-hydrated';

const QrCode = lazy(() => import('./share/qr-code'));

export function PrintLink({ to }: { to: string }) {
  const hydrated = useHydrated();
  const path = useHref(to);
  return (
    <div className="print-link">
      {hydrated && (
        <Suspense fallback={null}>
          <QrCode
            text={`${window.location.origin}${path}`}
            label={messages.print.qrLabel}
            tooLong={messages.print.qrTooLong}
          />
        </Suspense>
      )}
      <OnlineAddress to={to} />
    </div>
  );
}
