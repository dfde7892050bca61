/**
 * A rating shown with an icon and a word, never colour alone. Given its basis and confidence, it
 * also says whether it rates the law on paper or observed outcomes, and how sure the evidence is;
 * a "Better" or "Worse" that rests on limited evidence always says so, wherever it appears.
 */
import { messages } from '../i18n/messages';
import { ratingOutrunsEvidence, type ConfidenceLevel, type RatingBasis, type RatingLevel } from '../content/vocabulary';

const ICONS: Record<RatingLevel, string> = { good: '✓', mixed: '~', poor: '✕' };
const t = messages.ratingEvidence;

interface Props {
  level: RatingLevel;
  /** Read out before the rating where the dimension is not visible nearby. */
  dimension?: string;
  basis?: RatingBasis;
  confidence?: ConfidenceLevel;
  /** Show the confidence beside every rating (the comparison), not only where it is limited. */
  showConfidence?: boolean;
}

export function RatingBadge({ level, dimension, basis, confidence, showConfidence = false }: Props) {
  const pill = (
    <span className={`rating rating-${level}`}>
      <span className="rating-icon" aria-hidden="true">
        {ICONS[level]}
      </span>
      {dimension ? <span className="visually-hidden">{dimension}: </span> : null}
      <span className="rating-word">{messages.ratings[level]}</span>
    </span>
  );
  const caution = confidence !== undefined && ratingOutrunsEvidence(level, confidence);
  const confidenceShown = confidence !== undefined && (showConfidence || caution);
  if (!basis && !confidenceShown) return pill;
  return (
    <span className="rating-with-evidence">
      {pill}{' '}
      <span className={`rating-evidence${caution ? ' rating-caution' : ''}`}>
        {basis && <span className="rating-basis">{t.basis[basis]}</span>}
        {basis && confidenceShown && <span aria-hidden="true"> · </span>}
        {basis && confidenceShown && <span className="visually-hidden">, </span>}
        {confidenceShown && <span className="rating-confidence">{messages.confidence[confidence]}</span>}
      </span>
    </span>
  );
}

/** The rating in words, for a link's accessible name: "Better, rates the law on paper, limited evidence". */
export function ratingInWords(level: RatingLevel, basis?: RatingBasis, confidence?: ConfidenceLevel): string {
  return [messages.ratings[level], basis && t.basisLong[basis], confidence && messages.confidence[confidence].toLowerCase()]
    .filter(Boolean)
    .join(', ');
}
