/**
 * A countdown for small-group discussion: pick the minutes, start, pause, reset. It can fill
 * the screen for the room, and at zero it says so clearly: the display turns over (dark on
 * light becomes light on dark), "Time is up" is announced, and, if the facilitator switches it
 * on, a chime sounds (made by the browser; nothing is downloaded).
 */
import { useEffect, useRef, useState } from 'react';
import { workshopMessages } from '../../../i18n/workshop';
import { formatElapsed } from '../show/use-elapsed';
import { createChime, type Chime } from './chime';
import { FrontOfRoom } from './front-of-room';

const t = workshopMessages.timer;
const PRESETS = [2, 3, 5, 8, 10, 15, 20];

export function DiscussionTimer({ initialMinutes = 5 }: { initialMinutes?: number }) {
  const [minutes, setMinutes] = useState(initialMinutes);
  const [remaining, setRemaining] = useState(initialMinutes * 60);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [sound, setSound] = useState(false);
  const [big, setBig] = useState(false);
  const chime = useRef<Chime | null>(null);
  const soundOn = useRef(sound);
  useEffect(() => {
    soundOn.current = sound;
  });

  useEffect(() => {
    if (endsAt === null) return;
    const tick = () => {
      const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setRemaining(left);
      if (left === 0) {
        setEndsAt(null);
        setStatus(t.done);
        if (soundOn.current) chime.current?.play();
      }
    };
    // Computed from the end time, not counted, so a busy or sleeping tab never drifts.
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [endsAt]);

  const running = endsAt !== null;
  const done = remaining === 0;
  const primeSound = () => {
    chime.current ??= createChime();
    chime.current.prime();
  };
  const start = () => {
    if (soundOn.current) primeSound();
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
  const display = (
    <p className={`timer-display${done ? ' is-done' : ''}`} role="timer" aria-label={t.label}>
      {formatElapsed(remaining)}
    </p>
  );
  return (
    <div className={`discussion-timer${done ? ' is-done' : ''}`}>
      {display}
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
        <button type="button" onClick={() => setBig(true)}>
          {t.fullScreen}
        </button>
        <label className="timer-sound">
          <input
            type="checkbox"
            checked={sound}
            onChange={(e) => {
              setSound(e.target.checked);
              if (e.target.checked) primeSound();
            }}
          />
          {t.sound}
        </label>
      </div>
      <p role="status" className="timer-status">
        {status}
      </p>
      {big && (
        <FrontOfRoom
          label={t.fullScreenLabel}
          className={`front-timer${done ? ' is-done' : ''}`}
          onClose={() => setBig(false)}
        >
          <div className="slide slide-kind-timer">
            <p className="front-timer-digits" aria-hidden="true">
              {formatElapsed(remaining)}
            </p>
            <p className="front-timer-status" aria-hidden="true">
              {done ? t.done : ''}
            </p>
            <p className="front-timer-controls">
              <button type="button" onClick={running ? pause : start}>
                {running ? t.pause : t.start}
              </button>{' '}
              <button type="button" onClick={() => reset()}>
                {t.reset}
              </button>
            </p>
          </div>
        </FrontOfRoom>
      )}
    </div>
  );
}
