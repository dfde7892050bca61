/** Tells the reader when the site works offline, and offers (never forces) a new version. */
import { messages } from '../../i18n/messages';
import { useServiceWorker } from './use-service-worker';

const t = messages.offline;

export function OfflineStatus() {
  const { state, applyUpdate, dismiss, saveForOffline } = useServiceWorker();
  return (
    <div className="offline-status" role="status">
      {state === 'offer' && (
        <p>
          {t.offer}{' '}
          <button type="button" onClick={saveForOffline}>
            {t.save}
          </button>{' '}
          <button type="button" onClick={dismiss}>
            {t.later}
          </button>
        </p>
      )}
      {state === 'ready' && (
        <p>
          {t.ready}{' '}
          <button type="button" onClick={dismiss}>
            {t.dismiss}
          </button>
        </p>
      )}
      {state === 'update-waiting' && (
        <p>
          {t.update}{' '}
          <button type="button" onClick={applyUpdate}>
            {t.reload}
          </button>{' '}
          <button type="button" onClick={dismiss}>
            {t.later}
          </button>
        </p>
      )}
    </div>
  );
}
