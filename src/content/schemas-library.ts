/**
 * The whole content library as one downloadable file (/downloads/content-library.v1.json), for
 * groups who want to adapt or translate the guide. It mirrors data/: one collection per folder,
 * each entry keyed by its id (the file name), in the same shape as the file, so an entry can be
 * written back as data/<collection>/<id>.yaml. Its JSON Schema is published beside it.
 *
 * `version` is the format's version: it changes, with the file name, only when the shape
 * changes in a way that would break a reader of the old one.
 */
import { z } from 'zod';
import {
  aliasesSchema,
  glossarySchema,
  modelIdSchema,
  modelSchema,
  mythSchema,
  recommendationSchema,
  scenarioSchema,
  sourceSchema,
} from './schemas';
import { id } from './schema-helpers';
import { deckSchema, learningPathSchema, questionSchema } from './schemas-learning';
import { classificationSchema, jurisdictionSchema } from './schemas-places';
import { supportEntrySchema } from './schemas-support';

export const LIBRARY_FORMAT = 'sex-work-law-content-library';
export const LIBRARY_FORMAT_VERSION = 1;

const byId = <T extends z.ZodType>(schema: T, what: string) =>
  z
    .record(id(`The id of the ${what}: its file name in data/ without the extension`), schema)
    .describe(`Every ${what}, keyed by id.`);

export const librarySchema = z
  .object({
    $schema: z.string().optional().describe('Where this file’s JSON Schema is.'),
    format: z.literal(LIBRARY_FORMAT),
    version: z.literal(LIBRARY_FORMAT_VERSION).describe('The version of this file’s format.'),
    title: z.string(),
    contentUpdated: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe('The latest "last reviewed" date of any entry, YYYY-MM-DD.'),
    licence: z
      .object({
        name: z.literal('CC BY 4.0'),
        url: z.url(),
        attribution: z.string().describe('The credit line to use when reusing this content.'),
        note: z.string().describe('What the licence does not cover.'),
      })
      .strict(),
    collections: z
      .object({
        models: z.record(modelIdSchema, modelSchema).describe('The four legal models, keyed by id.'),
        scenarios: byId(scenarioSchema, 'scenario'),
        sources: byId(sourceSchema, 'source'),
        glossary: byId(glossarySchema, 'glossary term'),
        myths: byId(mythSchema, 'myth'),
        recommendations: byId(recommendationSchema, 'recommendation'),
        jurisdictions: byId(jurisdictionSchema, 'place'),
        classifications: byId(classificationSchema, 'classification'),
        questions: byId(questionSchema, 'question'),
        decks: byId(deckSchema, 'deck'),
        paths: byId(learningPathSchema, 'learning path'),
        support: byId(supportEntrySchema, 'support entry (an organisation or directory listed at /support/)'),
      })
      .strict(),
    aliases: aliasesSchema,
  })
  .strict()
  .describe('The content of “Sex work and the law”: every entry of data/, under CC BY 4.0.');

export type Library = z.infer<typeof librarySchema>;
