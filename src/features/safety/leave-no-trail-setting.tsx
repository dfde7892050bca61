/** The "leave no trail" switch, with what it does and what it costs. Needs JavaScript to work. */
import { useId, useState } from 'react';
import { safetyMessages } from '../../i18n/safety';
import { useLeaveNoTrail } from './leave-no-trail';

const t = safetyMessages;

export function LeaveNoTrailSetting() {
  const [on, setOn] = useLeaveNoTrail();
  const [status, setStatus] = useState('');
  const hint = useId();
  return (
    <section aria-labelledby="leave-no-trail" className="needs-script">
      <h2 id="leave-no-trail">{t.trailHeading}</h2>
      <p id={hint}>{t.trailText}</p>
      <label className="checkbox-line">
        <input
          type="checkbox"
          checked={on}
          aria-describedby={hint}
          onChange={async (event) => {
            const next = event.currentTarget.checked;
            const removed = await setOn(next);
            setStatus(!next ? t.trailOff : removed && removed.files > 0 ? t.trailOnRemoved(removed.files) : t.trailOn);
          }}
        />
        {t.trailLabel}
      </label>
      <p className="note">{t.trailStoredNote}</p>
      <p role="status">{status}</p>
    </section>
  );
}
