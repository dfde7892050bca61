/** Offers (never forces) a new version of the guide, in every tab that is open. */
import { messages } from '../../i18n/messages';
import { useServiceWorker } from './use-service-worker';

const t = messages.offline;

export function OfflineStatus() {
  const { state, applyUpdate, dismiss } = useServiceWorker();
  return (
    <div className="offline-status" role="status">
      {state !== 'idle' && (
        <p>
          {state === 'update-waiting' ? t.update : t.updatedElsewhere}{' '}
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
