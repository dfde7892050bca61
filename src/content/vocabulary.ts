/**
 * The fixed vocabularies of the content (model ids, dimensions, topics...), as plain constants.
 * Kept apart from schemas.ts so the browser bundle can use them without pulling in zod.
 */
export const MODEL_IDS = ['criminalisation', 'legalisation', 'nordic', 'decriminalisation'] as const;

export const LEGAL_STATUSES = ['crime', 'legal', 'regulated', 'varies'] as const;

/**
 * A model's crime table may also say "often a crime": a crime in most places that use the model,
 * with exceptions the scenarios show (e.g. working together under the Nordic model).
 */
export const MODEL_LEGAL_STATUSES = [...LEGAL_STATUSES, 'often-crime'] as const;

export const ACTIVITIES = ['selling', 'buying', 'thirdParties', 'workingTogether', 'advertising'] as const;

export const DIMENSIONS = ['safety', 'health', 'police', 'labour', 'migration'] as const;

export const REQUIRED_DIMENSIONS = ['safety', 'health', 'police'] as const;

export const RATING_LEVELS = ['good', 'mixed', 'poor'] as const;

export const CONFIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'contested'] as const;

/**
 * What a rating rates: what the law allows or forbids on paper, or outcomes that studies observed.
 * A "good" rating of the law on paper is a claim about legal barriers, not about measured safety.
 */
export const RATING_BASES = ['law', 'observed'] as const;

/**
 * A "good" or "poor" rating whose evidence is limited says more than the evidence can: every view
 * marks it, and the content check asks its reason to say so when it rates observed outcomes.
 */
export function ratingOutrunsEvidence(
  level: (typeof RATING_LEVELS)[number],
  confidence: (typeof CONFIDENCE_LEVELS)[number],
): boolean {
  return level !== 'mixed' && confidence === 'limited';
}

export const TOPICS = [
  'violence',
  'police',
  'health',
  'housing',
  'labour',
  'migration',
  'online',
  'street',
  'indoor',
  'leaving',
  'records',
  'family',
  'trafficking',
  'third-parties',
] as const;

/**
 * Kinds of source, each shown to readers beside every citation. The id is part of the source's
 * address (/sources/<kind>/<id>/); docs/content-guide.md says when to use each.
 */
export const SOURCE_KINDS = [
  'law',
  'court-ruling',
  'official-evaluation',
  'official-report',
  'official-statement',
  'peer-reviewed',
  'book-or-chapter',
  'conference-paper',
  'model-projection',
  'ngo-un-research',
  'commentary',
  'advocacy',
  'guide',
  'news',
] as const;

/** Kinds renamed since their address was shared: old /sources/<kind>/ links go to the new kind. */
export const SOURCE_KIND_ALIASES: Readonly<Record<string, SourceKind>> = { journalism: 'news' };

export const POSITIONS = ['decriminalisation', 'nordic', 'legalisation', 'criminalisation', 'none'] as const;

export const AUDIENCES = ['service-providers', 'researchers', 'policy-makers'] as const;

export type ModelId = (typeof MODEL_IDS)[number];
export type LegalStatus = (typeof LEGAL_STATUSES)[number];
export type ModelLegalStatus = (typeof MODEL_LEGAL_STATUSES)[number];
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];
export type RatingBasis = (typeof RATING_BASES)[number];
export type Dimension = (typeof DIMENSIONS)[number];
export type RatingLevel = (typeof RATING_LEVELS)[number];
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export type Topic = (typeof TOPICS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How cleanly a place fits one of the four models. */
export const FIT_LEVELS = ['clear', 'hybrid', 'disputed'] as const;

export const JURISDICTION_FEATURES = [
  'registration',
  'mandatory-testing',
  'licensing',
  'migrant-exclusion',
  'zoning',
  'exit-programmes',
  'employment-rights',
] as const;

export const QUESTION_KINDS = ['multiple-choice', 'which-model'] as const;
/** Answers to "which model is this?": one of the four, or a hybrid that fits none cleanly. */
export const MODEL_ANSWERS = [...MODEL_IDS, 'hybrid'] as const;

export const SLIDE_KINDS = ['title', 'model', 'scenario', 'compare'] as const;
/** Deck ids that name pages of their own (/present/build/, a deck in a link, /workshop/predict/). */
export const RESERVED_DECK_IDS = ['build', 'custom', 'predict'] as const;

/** The guided path shown at /learn/ (data/paths/learn.yaml). */
export const GUIDED_PATH_ID = 'learn';

/** Pages a step of the guided path can send the reader to for more. */
export const LEARN_LINKS = [
  'models',
  'scenarios',
  'compare',
  'myths',
  'what-you-can-do',
  'sources',
  'glossary',
  'quiz',
] as const;
export type LearnLink = (typeof LEARN_LINKS)[number];

/** How far a support entry (data/support/) reaches; the support page groups them in this order. */
export const SUPPORT_SCOPES = ['global', 'regional', 'national'] as const;
