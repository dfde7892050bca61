/** Schema for jurisdictions (data/jurisdictions/): where each model applies, and since when. */
import { z } from 'zod';
import { id, reviewed, sourceIds, sourcedTextSchema, text } from './schema-helpers';
import { FIT_LEVELS, JURISDICTION_FEATURES, LEGAL_STATUSES, MODEL_IDS } from './vocabulary';

const status = (what: string) =>
  z
    .enum(LEGAL_STATUSES, { error: `${what} must be one of: ${LEGAL_STATUSES.join(', ')}` })
    .describe(`${what}: crime, legal, regulated (legal only under conditions) or varies`);

export const jurisdictionSchema = z
  .object({
    name: text('The place as readers know it, e.g. "New Zealand" or "Victoria"'),
    kind: z.enum(['country', 'state', 'territory', 'city'], {
      error: 'kind must be country, state, territory or city',
    }),
    parent: text('The country a state, territory or city belongs to, e.g. "Australia"').optional(),
    isoNumeric: z
      .string()
      .regex(/^\d{3}$/, { error: 'isoNumeric must be the three-digit ISO 3166-1 numeric code, e.g. "554"' })
      .optional()
      .describe('For countries: the ISO 3166-1 numeric code, used to colour the map'),
    model: z
      .enum(MODEL_IDS, { error: `model must be one of: ${MODEL_IDS.join(', ')}` })
      .describe('The model it is closest to'),
    fit: z
      .enum(FIT_LEVELS, { error: `fit must be one of: ${FIT_LEVELS.join(', ')}` })
      .describe('clear: fits the model; hybrid: mixes models; disputed: sources classify it differently'),
    fitNote: text('Why the place is a hybrid or disputed, and how other sources classify it').optional(),
    law: text('The key law, by its official name'),
    yearInForce: z.number().int().min(1800).max(2100).optional().describe('Year the key law came into force'),
    crimes: z
      .object({
        selling: status('selling'),
        buying: status('buying'),
        thirdParties: status('thirdParties'),
        soliciting: status('soliciting'),
        advertising: status('advertising'),
      })
      .strict()
      .describe('What is a crime there'),
    features: z
      .array(z.enum(JURISDICTION_FEATURES, { error: `feature must be one of: ${JURISDICTION_FEATURES.join(', ')}` }))
      .describe('Notable features of the regime'),
    onPaper: text('What the law says, in two or three sentences'),
    inPractice: z.array(sourcedTextSchema).describe('How it works in practice, where sources say'),
    reforms: z
      .array(
        z
          .object({
            year: z.number().int().min(1800).max(2100),
            model: z.enum(MODEL_IDS),
            summary: text('What changed that year'),
            sources: sourceIds,
          })
          .strict(),
      )
      .describe('Changes of law for the timeline, oldest first'),
    scenarios: z.array(id('A scenario this place illustrates')).optional(),
    sources: sourceIds,
    lastReviewed: reviewed,
  })
  .strict();

export type Jurisdiction = z.infer<typeof jurisdictionSchema> & { id: string };

/**
 * Schema for data/classifications/: how a classification used by other maps and reports maps
 * onto this guide's four models. The file name is the id of the glossary term that names the
 * classification, e.g. data/classifications/partial-criminalisation.yaml.
 */
export const classificationSchema = z
  .object({
    order: z.number().int().min(1).describe('Position on the page, 1 first'),
    models: z
      .array(z.enum(MODEL_IDS, { error: `models must be some of: ${MODEL_IDS.join(', ')}` }))
      .min(1, { error: 'name at least one of the four models this classification corresponds to' })
      .describe('The models in this guide that the classification corresponds to or overlaps with'),
    mapping: text('How the classification fits the four models, and where sources use it differently'),
    places: z
      .array(id('A jurisdiction id from data/jurisdictions/'))
      .optional()
      .describe('Places in this guide that other sources put in this classification'),
    sources: sourceIds,
    lastReviewed: reviewed,
  })
  .strict();

export type Classification = z.infer<typeof classificationSchema> & { id: string };
