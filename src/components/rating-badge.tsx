/** A rating shown with an icon and a word, never colour alone. */
import { messages } from '../i18n/messages';
import type { RatingLevel } from '../content/vocabulary';

const ICONS: Record<RatingLevel, string> = { good: '✓', mixed: '~', poor: '✕' };

export function RatingBadge({ level, dimension }: { level: RatingLevel; dimension?: string }) {
  const word = messages.ratings[level];
  return (
    <span className={`rating rating-${level}`}>
      <span className="rating-icon" aria-hidden="true">
        {ICONS[level]}
      </span>
      {dimension ? <span className="visually-hidden">{dimension}: </span> : null}
      <span className="rating-word">{word}</span>
    </span>
  );
}
