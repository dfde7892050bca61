/** The content collections: which folder of data/ holds which kind of entry, and its schema. */
import type { z } from 'zod';
import {
  glossarySchema,
  modelSchema,
  mythSchema,
  recommendationSchema,
  scenarioSchema,
  sourceSchema,
} from '../schemas';
import { deckSchema, learningPathSchema, questionSchema } from '../schemas-learning';
import { classificationSchema, jurisdictionSchema } from '../schemas-places';
import { supportEntrySchema } from '../schemas-support';

export interface CollectionSpec {
  /** Folder under data/, also the key in the loaded content. */
  dir:
    | 'models'
    | 'scenarios'
    | 'sources'
    | 'glossary'
    | 'myths'
    | 'recommendations'
    | 'jurisdictions'
    | 'questions'
    | 'decks'
    | 'classifications'
    | 'paths'
    | 'support';
  /** What one entry is called in messages. */
  noun: string;
  schema: z.ZodType;
  /** Whether the collection may be empty. */
  required: boolean;
}

export const COLLECTIONS: readonly CollectionSpec[] = [
  { dir: 'models', noun: 'model', schema: modelSchema, required: true },
  { dir: 'scenarios', noun: 'scenario', schema: scenarioSchema, required: true },
  { dir: 'sources', noun: 'source', schema: sourceSchema, required: true },
  { dir: 'glossary', noun: 'glossary term', schema: glossarySchema, required: true },
  { dir: 'myths', noun: 'myth', schema: mythSchema, required: false },
  { dir: 'recommendations', noun: 'recommendation', schema: recommendationSchema, required: false },
  { dir: 'jurisdictions', noun: 'jurisdiction', schema: jurisdictionSchema, required: false },
  { dir: 'questions', noun: 'question', schema: questionSchema, required: false },
  { dir: 'decks', noun: 'deck', schema: deckSchema, required: false },
  { dir: 'classifications', noun: 'classification', schema: classificationSchema, required: false },
  { dir: 'paths', noun: 'learning path', schema: learningPathSchema, required: false },
  { dir: 'support', noun: 'support entry', schema: supportEntrySchema, required: false },
];

/** Content files may be YAML (comments allowed, easiest to edit by hand) or JSON. */
export const CONTENT_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;
