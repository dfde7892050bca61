/**
 * Where the reader is in a sequence: a sentence ("Step 3 of 8 · 2 done") and a bar of
 * segments for sighted readers. Segments differ in shape and sign, not only colour: done ones
 * are filled with a tick, the current one is outlined thickly and numbered, the rest are hollow.
 */
export type StepState = 'done' | 'current' | 'todo';

export function StepProgress({ label, states }: { label: string; states: StepState[] }) {
  const compact = states.length > 12;
  return (
    <div className="step-progress">
      <p className="step-progress-label">{label}</p>
      <ol className={`step-progress-bar${compact ? ' is-compact' : ''}`} aria-hidden="true">
        {states.map((state, i) => (
          <li key={i} className={`is-${state}`}>
            {compact ? null : state === 'done' ? '✓' : state === 'current' ? i + 1 : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
