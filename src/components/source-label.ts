/** Citation labels and links; the content layer owns them so the content check can test labels too. */
export { sourceLabel, sourceLink, sourceYear } from '../content/source-label';
