/** Schemas for knowledge checks (data/questions/) and presentation decks (data/decks/). */
import { z } from 'zod';
import { id, reviewed, sourceIds, sourcedTextSchema, text } from './schema-helpers';
import { DIMENSIONS, LEARN_LINKS, MODEL_ANSWERS, MODEL_IDS, TOPICS } from './vocabulary';

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
    z
      .object({
        kind: z.literal('title'),
        title: text('Slide title'),
        body: text('Slide text').optional(),
        notes: text('Speaker notes').optional(),
      })
      .strict(),
    z.object({ kind: z.literal('model'), id: id('A model id'), notes: text('Speaker notes').optional() }).strict(),
    z
      .object({
        kind: z.literal('scenario'),
        id: id('A scenario id'),
        predict: text(
          'The prediction prompt, shown with the question before any outcome is revealed (a general one if left out)',
        ).optional(),
        prompts: z.array(text('A discussion prompt, shown after every outcome is revealed')).optional(),
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

const learnStepSchema = z
  .object({
    id: id('The step id, part of its address: /learn/<id>/'),
    title: text('The step title, a few words'),
    summary: text('One sentence on what the step covers, for the list of steps and link previews'),
    minutes: z.number().int().min(1).max(10).describe('About how many minutes the step takes'),
    intro: text('A few plain sentences that frame the step. Make no claims here: claims go in points, with sources'),
    points: z
      .array(sourcedTextSchema)
      .min(1)
      .describe('The key points of the step, each with the sources that support it'),
    models: z
      .array(z.enum(MODEL_IDS, { error: `a model must be one of: ${MODEL_IDS.join(', ')}` }))
      .optional()
      .describe('Models shown as cards, linking to their pages'),
    scenarios: z
      .array(id('A scenario id (data/scenarios/)'))
      .max(2)
      .optional()
      .describe('Scenarios shown with the outcome under each model'),
    myths: z.array(id('A myth id (data/myths/)')).max(3).optional().describe('Myths shown with what the evidence says'),
    check: id('A question id (data/questions/) asked at the end of the step').optional(),
    further: z
      .array(z.enum(LEARN_LINKS, { error: `a further link must be one of: ${LEARN_LINKS.join(', ')}` }))
      .optional()
      .describe('Pages of the site to read further'),
  })
  .strict();

/** A guided path (data/paths/): short steps read in order. data/paths/learn.yaml is shown at /learn/. */
export const learningPathSchema = z
  .object({
    title: text('The path title'),
    intro: text('Who the path is for and what it covers, in two or three sentences (no claims)'),
    steps: z
      .array(learnStepSchema)
      .min(2)
      .max(12)
      .superRefine((steps, ctx) => {
        const seen = new Set<string>();
        steps.forEach((step, i) => {
          if (seen.has(step.id))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'id'],
              message: `step id "${step.id}" is used twice; give each step its own id`,
            });
          seen.add(step.id);
        });
      })
      .describe('The steps, in order. Aim for 6 to 10 short steps, about 20 minutes in all'),
    lastReviewed: reviewed,
  })
  .strict();

export type Question = z.infer<typeof questionSchema> & { id: string };
export type LearningPath = z.infer<typeof learningPathSchema> & { id: string };
export type LearnStep = LearningPath['steps'][number];
export type Deck = z.infer<typeof deckSchema> & { id: string };
