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
      {messages.ratings[level]}
    </span>
  );
  const caution = confidence !== undefined && ratingOutrunsEvidence(level, confidence);
  const confidenceShown = confidence !== undefined && (showConfidence || caution);
  if (!basis && !confidenceShown) return pill;
  // One short phrase, read as it is shown: "On paper, limited evidence".
  const words = [basis && t.basis[basis], confidenceShown && messages.confidence[confidence]].filter(
    Boolean,
  ) as string[];
  // A fragment, not a wrapper: each rating costs bytes on pages that show a hundred of them.
  return (
    <>
      {pill}{' '}
      <span className={caution ? 'rating-evidence rating-caution' : 'rating-evidence'}>
        {words.map((w, i) => (i === 0 ? w : w.toLowerCase())).join(', ')}
      </span>
    </>
  );
}

/**
 * The rating in the words it shows, for a link's accessible name: "Better, on paper, limited
 * evidence". The same words as on screen, so voice control users can say what they see.
 */
export function ratingInWords(level: RatingLevel, basis?: RatingBasis, confidence?: ConfidenceLevel): string {
  return [
    messages.ratings[level],
    basis && t.basis[basis].toLowerCase(),
    confidence && messages.confidence[confidence].toLowerCase(),
  ]
    .filter(Boolean)
    .join(', ');
}
