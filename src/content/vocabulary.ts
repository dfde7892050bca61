/**
 * The fixed vocabularies of the content (model ids, dimensions, topics...), as plain constants.
 * Kept apart from schemas.ts so the browser bundle can use them without pulling in zod.
 */
export const MODEL_IDS = ['criminalisation', 'legalisation', 'nordic', 'decriminalisation'] as const;

export const LEGAL_STATUSES = ['crime', 'legal', 'regulated', 'varies'] as const;

export const ACTIVITIES = [
  'selling',
  'buying',
  'thirdParties',
  'workingTogether',
  'advertising',
] as const;

export const DIMENSIONS = ['safety', 'health', 'police', 'labour', 'migration'] as const;

export const REQUIRED_DIMENSIONS = ['safety', 'health', 'police'] as const;

export const RATING_LEVELS = ['good', 'mixed', 'poor'] as const;

export const CONFIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'contested'] as const;

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

export const SOURCE_KINDS = [
  'law',
  'official-evaluation',
  'peer-reviewed',
  'model-projection',
  'ngo-un-research',
  'advocacy',
  'journalism',
] as const;

export const POSITIONS = ['decriminalisation', 'nordic', 'legalisation', 'criminalisation', 'none'] as const;

export const AUDIENCES = ['service-providers', 'researchers', 'policy-makers'] as const;

export type ModelId = (typeof MODEL_IDS)[number];
export type LegalStatus = (typeof LEGAL_STATUSES)[number];
export type Dimension = (typeof DIMENSIONS)[number];
export type RatingLevel = (typeof RATING_LEVELS)[number];
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];
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
export const LEARN_LINKS = ['models', 'scenarios', 'compare', 'myths', 'what-you-can-do', 'sources', 'glossary', 'quiz'] as const;
export type LearnLink = (typeof LEARN_LINKS)[number];

/** How far a support entry (data/support/) reaches; the support page groups them in this order. */
export const SUPPORT_SCOPES = ['global', 'regional', 'national'] as const;
