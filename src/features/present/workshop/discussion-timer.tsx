/** A countdown for small-group discussion: pick the minutes, start, pause, reset. */
import { useEffect, useState } from 'react';
import { workshopMessages } from '../../../i18n/workshop';
import { formatElapsed } from '../show/use-elapsed';

const t = workshopMessages.timer;
const PRESETS = [2, 3, 5, 8, 10, 15, 20];

export function DiscussionTimer({ initialMinutes = 5 }: { initialMinutes?: number }) {
  const [minutes, setMinutes] = useState(initialMinutes);
  const [remaining, setRemaining] = useState(initialMinutes * 60);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (endsAt === null) return;
    const tick = () => {
      const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setRemaining(left);
      if (left === 0) {
        setEndsAt(null);
        setStatus(t.done);
      }
    };
    // Computed from the end time, not counted, so a busy or sleeping tab never drifts.
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [endsAt]);

  const running = endsAt !== null;
  const start = () => {
    const from = remaining > 0 ? remaining : minutes * 60;
    setRemaining(from);
    setEndsAt(Date.now() + from * 1000);
    setStatus(t.started(Math.ceil(from / 60)));
  };
  const pause = () => {
    setEndsAt(null);
    setStatus(t.paused);
  };
  const reset = (to = minutes) => {
    setEndsAt(null);
    setRemaining(to * 60);
    setStatus('');
  };
  return (
    <div className={`discussion-timer${remaining === 0 ? ' is-done' : ''}`}>
      <p className="timer-display" role="timer" aria-label={t.label}>
        {formatElapsed(remaining)}
      </p>
      <div className="timer-controls">
        <label>
          {t.minutes}
          <select
            value={minutes}
            disabled={running}
            onChange={(e) => {
              setMinutes(Number(e.target.value));
              reset(Number(e.target.value));
            }}
          >
            {PRESETS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={running ? pause : start}>
          {running ? t.pause : t.start}
        </button>
        <button type="button" onClick={() => reset()}>
          {t.reset}
        </button>
      </div>
      <p role="status" className="timer-status">
        {status}
      </p>
    </div>
  );
}
