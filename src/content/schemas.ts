/**
 * Content schemas: the single description of what a content file may contain.
 *
 * Every field carries a `.describe()` line because this file doubles as the authoring guide
 * for people who edit `data/` with a text editor (see docs/content-guide.md). Types used by
 * the app are `z.infer<>` of these schemas, never hand-written twins.
 *
 * Text fields may link glossary terms as `[[term-id]]` or `[[shown words|term-id]]`.
 */
import { z } from 'zod';
import {
  AUDIENCES,
  CONFIDENCE_LEVELS,
  MODEL_IDS,
  MODEL_LEGAL_STATUSES,
  POSITIONS,
  RATING_BASES,
  RATING_LEVELS,
  SOURCE_KINDS,
  TOPICS,
  type ModelId,
} from './vocabulary';

import { id, reviewed, sourceIds, sourcedTextSchema, text } from './schema-helpers';

export * from './vocabulary';
export { sourcedTextSchema };

export const modelIdSchema = z.enum(MODEL_IDS, {
  error: `must be one of the four model ids: ${MODEL_IDS.join(', ')}`,
});

const legalStatusSchema = z
  .object({
    status: z
      .enum(MODEL_LEGAL_STATUSES, { error: `status must be one of: ${MODEL_LEGAL_STATUSES.join(', ')}` })
      .describe(
        'crime: a criminal offence; often-crime: a crime in most places with this model, with exceptions (say which in the note); legal: not an offence; regulated: legal only under licence or conditions; varies: depends on the place',
      ),
    note: text('One or two sentences on what exactly the law says about this activity'),
  })
  .strict();

export const jurisdictionRefSchema = z
  .object({
    name: text('The place, e.g. "New Zealand" or "Victoria (Australia)"'),
    law: text('The key law, by its official name'),
    yearInForce: z
      .number({ error: 'yearInForce must be a year, e.g. 2003' })
      .int()
      .min(1800)
      .max(2100)
      .optional()
      .describe('The year the law came into force (not the year it was passed). Leave out if unknown.'),
    note: text('What to know about this place, e.g. that it is a hybrid').optional(),
    sources: sourceIds,
  })
  .strict();

export const modelSchema = z
  .object({
    name: text('The model name shown to readers, e.g. "Nordic model"'),
    otherNames: z.array(text('Another name')).describe('Other names people use for this model.'),
    order: z.number().int().min(1).max(4).describe('Position in lists, 1 to 4.'),
    summary: text('One sentence that says what the model is'),
    definition: text('A plain-language definition a 14-year-old can follow'),
    criminalised: z
      .object({
        selling: legalStatusSchema.describe('The sex worker selling sex'),
        buying: legalStatusSchema.describe('The client buying sex'),
        thirdParties: legalStatusSchema.describe('Managers, landlords, drivers, security staff'),
        workingTogether: legalStatusSchema.describe('Sex workers sharing premises or working together'),
        advertising: legalStatusSchema.describe('Advertising sexual services'),
      })
      .strict()
      .describe('What is a crime, and for whom.'),
    aims: z.array(sourcedTextSchema).min(1).describe("The model's stated aims, put the way its supporters put them."),
    onPaper: text('What the law says, in general terms'),
    inPractice: z.array(sourcedTextSchema).min(1).describe('How it works in practice, with sources.'),
    evidence: z.array(sourcedTextSchema).min(1).describe('What the evidence shows, with sources.'),
    contested: z
      .array(
        z
          .object({
            question: text('The contested question'),
            sides: z
              .array(
                z.object({ label: text('Who holds this view'), text: text('Their case'), sources: sourceIds }).strict(),
              )
              .min(2, { error: 'a contested point needs at least two sides' }),
          })
          .strict(),
      )
      .describe('Where the evidence is contested: each side, with its sources.'),
    jurisdictions: z.array(jurisdictionRefSchema).min(1).describe('Example places and years.'),
    hybrids: z
      .union([text('How real places mix this model with others'), sourcedTextSchema])
      .optional()
      .describe(
        'How real places mix this model with others: text with the sources that support it (a bare text is still read, but the content check asks for sources)',
      ),
    lastReviewed: reviewed,
  })
  .strict();

const ratingSchema = z
  .object({
    level: z
      .enum(RATING_LEVELS, { error: `level must be one of: ${RATING_LEVELS.join(', ')}` })
      .describe('good: the law helps; mixed: it depends or cuts both ways; poor: the law gets in the way'),
    basis: z
      .enum(RATING_BASES, { error: `basis must be one of: ${RATING_BASES.join(', ')}` })
      .describe(
        'law: rates what the law allows or forbids on paper; observed: rates outcomes that studies or reports observed. Readers see which.',
      ),
    reason: text(
      'One short sentence: why this rating. A good or poor rating of observed outcomes with limited evidence must say that the evidence is limited',
    ),
  })
  .strict();

export const outcomeSchema = z
  .object({
    headline: text('What happens, in one short sentence'),
    explanation: text('A short explanation of what happens under this model and why'),
    ratings: z
      .object({
        safety: ratingSchema,
        health: ratingSchema,
        police: ratingSchema.describe('Ability to report crime to police'),
        labour: ratingSchema.optional().describe('Labour rights, where relevant'),
        migration: ratingSchema.optional().describe('Migration status, where relevant'),
      })
      .strict(),
    confidence: z
      .enum(CONFIDENCE_LEVELS, { error: `confidence must be one of: ${CONFIDENCE_LEVELS.join(', ')}` })
      .describe('How sure the evidence is: strong, moderate, limited, or contested'),
    jurisdictions: z
      .array(text('A place, with the year, e.g. "Sweden (1999)"'))
      .min(1)
      .describe('Example places where this happens'),
    sources: sourceIds,
  })
  .strict();

export const scenarioSchema = z
  .object({
    title: text('A short question-like title, e.g. "A client turns violent: can she report it?"'),
    summary: text('One sentence for lists and link previews'),
    person: text('Who this is about (fictional): name, age, work setting'),
    situation: text('The everyday situation, in a few sentences'),
    question: text('The question the card asks, e.g. "Can she go to the police?"'),
    topics: z.array(z.enum(TOPICS, { error: `topic must be one of: ${TOPICS.join(', ')}` })).min(1),
    contentNote: text('Names the difficult topic, e.g. "violence by a client"')
      .optional()
      .describe('Required when the scenario involves violence, sexual violence or police abuse.'),
    outcomes: z
      .object({
        criminalisation: outcomeSchema,
        legalisation: outcomeSchema,
        nordic: outcomeSchema,
        decriminalisation: outcomeSchema,
      })
      .strict()
      .describe('What happens under each of the four models. All four are required.'),
    related: z.array(id('A related scenario id')).optional(),
    lastReviewed: reviewed,
  })
  .strict();

export const sourceSchema = z
  .object({
    title: text('The full title'),
    authors: z.array(text('An author or organisation')).min(1).describe('Authors, or the organisation'),
    year: z
      .number({ error: 'year must be a number, e.g. 2018' })
      .int()
      .min(1900)
      .max(2100)
      .optional()
      .describe('The year of publication. Leave it out only for an undated page, and say "undated" in the note'),
    labelDetail: text(
      'A word or two that tells this source apart from others with the same authors and year, e.g. "Norway"',
    )
      .optional()
      .describe(
        'Shown after the year wherever the source is cited ("Amnesty International 2016, Norway"). Required when two sources would otherwise share a label.',
      ),
    publisher: text('The journal, publisher or organisation, with volume and pages if any'),
    journal: text('The name of the journal, e.g. "PLoS Medicine"')
      .optional()
      .describe('Required for a peer-reviewed study; it must also appear in publisher'),
    kind: z
      .enum(SOURCE_KINDS, { error: `kind must be one of: ${SOURCE_KINDS.join(', ')}` })
      .describe('What kind of source this is; shown to readers next to every citation (see docs/content-guide.md)'),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'doi must look like 10.1371/journal.pmed.1002680 (no https://doi.org/)' })
      .optional(),
    url: z.url({ error: 'url must be a full web address starting with https://' }).optional(),
    position: z
      .enum(POSITIONS, { error: `position must be one of: ${POSITIONS.join(', ')}` })
      .describe('The model the source argues for, or "none" if it takes no side'),
    against: z
      .array(modelIdSchema)
      .min(1)
      .optional()
      .describe(
        'Models the source argues against, when it argues against a model without arguing for another (position: none)',
      ),
    confidence: z
      .enum(['verified', 'partially-verified'], { error: 'confidence must be verified or partially-verified' })
      .describe('How well the citation and the facts drawn from it were checked'),
    note: text('Anything a reader should know, e.g. "A model projection, not an observed result"').optional(),
    lastReviewed: reviewed,
  })
  .strict()
  .refine((s) => Boolean(s.doi ?? s.url), {
    error: 'a source needs a doi or a url so readers can find it',
    path: ['url'],
  });

export const glossarySchema = z
  .object({
    term: text('The term as readers see it'),
    aka: z.array(text('Another name for the term')).optional(),
    definition: text('A short plain-language definition'),
    keepCase: z
      .boolean({ error: 'keepCase must be true or false' })
      .optional()
      .describe(
        'true when the term keeps its capital letter inside a sentence, as a name does ("Nordic model"). Otherwise a linked term is written in lower case mid-sentence',
      ),
    related: z.array(id('A related glossary term id')).optional(),
    sources: sourceIds.optional(),
    lastReviewed: reviewed,
  })
  .strict();

export const mythSchema = z
  .object({
    claim: text('The misconception, as people say it'),
    verdict: z.enum(['false', 'misleading', 'contested'], { error: 'verdict must be false, misleading or contested' }),
    answer: text('What the evidence says, in plain language'),
    order: z.number().int().min(1),
    sources: sourceIds,
    lastReviewed: reviewed,
  })
  .strict();

export const recommendationSchema = z
  .object({
    audience: z.enum(AUDIENCES, { error: `audience must be one of: ${AUDIENCES.join(', ')}` }),
    title: text('The recommendation, as a short imperative'),
    why: text('Why it matters'),
    how: text('How to do it'),
    order: z.number().int().min(1),
    sources: sourceIds,
    lastReviewed: reviewed,
  })
  .strict();

export const aliasesSchema = z
  .object({
    scenarios: z.record(id('An old scenario id'), id('The scenario id it now points to')).default({}),
    models: z.record(id('An old model id'), modelIdSchema).default({}),
  })
  .strict()
  .describe('Old ids that must keep opening the right page after a rename (data/aliases.yaml).');

export type Model = z.infer<typeof modelSchema> & { id: ModelId };
export type Scenario = z.infer<typeof scenarioSchema> & { id: string };
export type Outcome = z.infer<typeof outcomeSchema>;
export type Source = z.infer<typeof sourceSchema> & { id: string };
export type GlossaryTerm = z.infer<typeof glossarySchema> & { id: string };
export type Myth = z.infer<typeof mythSchema> & { id: string };
export type Recommendation = z.infer<typeof recommendationSchema> & { id: string };
export type Aliases = z.infer<typeof aliasesSchema>;
