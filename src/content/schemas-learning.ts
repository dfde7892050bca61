/** Schemas for knowledge checks (data/questions/) and presentation decks (data/decks/). */
import { z } from 'zod';
import { id, reviewed, sourceIds, text } from './schema-helpers';
import { DIMENSIONS, MODEL_ANSWERS, TOPICS } from './vocabulary';

const common = {
  prompt: text('The question, or the description of a law to classify'),
  explanation: text('Why the answer is right, in plain language'),
  order: z.number().int().min(1).describe('Position in the quiz'),
  relatedScenarios: z.array(id('A scenario worth revisiting')).optional(),
  sources: sourceIds,
  lastReviewed: reviewed,
};

export const questionSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('multiple-choice'),
        ...common,
        options: z
          .array(z.object({ text: text('An answer option'), correct: z.boolean() }).strict())
          .min(2)
          .refine((options) => options.filter((o) => o.correct).length === 1, {
            error: 'exactly one option must have correct: true',
          }),
      })
      .strict(),
    z
      .object({
        kind: z.literal('which-model'),
        ...common,
        place: text('The real place this law belongs to, if any, shown after answering').optional(),
        answer: z
          .enum(MODEL_ANSWERS, { error: `answer must be one of: ${MODEL_ANSWERS.join(', ')}` })
          .describe('The model the law belongs to, or hybrid'),
      })
      .strict(),
  ],
  { error: 'kind must be multiple-choice or which-model' },
);

const slideSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('title'), title: text('Slide title'), body: text('Slide text').optional(), notes: text('Speaker notes').optional() }).strict(),
    z.object({ kind: z.literal('model'), id: id('A model id'), notes: text('Speaker notes').optional() }).strict(),
    z
      .object({
        kind: z.literal('scenario'),
        id: id('A scenario id'),
        prompts: z.array(text('A discussion prompt')).optional(),
        notes: text('Speaker notes').optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('compare'),
        dimension: z.enum(DIMENSIONS).optional(),
        topic: z.enum(TOPICS).optional(),
        notes: text('Speaker notes').optional(),
      })
      .strict(),
  ],
  { error: 'slide kind must be title, model, scenario or compare' },
);

export const deckSchema = z
  .object({
    title: text('The deck title'),
    description: text('One sentence: what the session covers'),
    minutes: z.number().int().min(5).max(240).describe('How long the session takes'),
    order: z.number().int().min(1),
    slides: z.array(slideSchema).min(2),
    facilitator: z
      .object({
        aims: z.array(text('An aim of the session')).min(1),
        timing: z.array(z.object({ minutes: z.number().int().min(1), activity: text('What happens') }).strict()).min(1),
        materials: z.array(text('Something to prepare')).min(1),
      })
      .strict(),
    lastReviewed: reviewed,
  })
  .strict();

export type Question = z.infer<typeof questionSchema> & { id: string };
export type Deck = z.infer<typeof deckSchema> & { id: string };
