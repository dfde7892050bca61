/**
 * Shown in place of a page whose code, content or render failed: never a blank screen. (A URL
 * that names no content is not an error: it resolves to the not-found page.)
 *
 * Offline, a page that was never saved on the device says so at once, and opens by itself when
 * the connection returns. A page whose code is gone (a new version was deployed while it was
 * open) reloads once at the same address.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../config/paths';
import { messages } from '../i18n/messages';
import { isCodeLoadFailure, isLoadFailure, reloadOnce } from './router/recover';

const t = messages.error;

function subscribeOnline(notify: () => void): () => void {
  window.addEventListener('online', notify);
  window.addEventListener('offline', notify);
  return () => {
    window.removeEventListener('online', notify);
    window.removeEventListener('offline', notify);
  };
}

export function RouteError({ error }: { error?: unknown }) {
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const unreachable = error !== undefined && isLoadFailure(error);
  const here = `${pathname}${search}${hash}`;

  useEffect(() => {
    if (online && isCodeLoadFailure(error)) reloadOnce();
  }, [error, online]);
  useEffect(() => {
    // Back online: open the page that could not be loaded.
    if (!unreachable) return;
    const retry = () => void navigate(here, { replace: true });
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [unreachable, navigate, here]);

  const [title, text] = !unreachable
    ? [t.title, t.text]
    : online
      ? [t.unreachableTitle, t.unreachableText]
      : [t.notSavedTitle, t.notSavedText];
  return (
    <section className="page error-page">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        {unreachable && (
          <>
            {/* The same address again: the page resolves anew (failures are not kept). */}
            <Link to={here} replace>
              {t.tryAgain}
            </Link>{' '}
            ·{' '}
          </>
        )}
        <Link to={paths.home.getHref()}>{t.home}</Link>
      </p>
    </section>
  );
}
