/** Builds the downloadable content library and its JSON Schema (see schemas-library.ts). */
import { z } from 'zod';
import { messages } from '../../i18n/messages';
import { licence } from '../../i18n/licence';
import { LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION, librarySchema, type Library } from '../schemas-library';
import type { Content } from './load-content';

/** The file names under /downloads/ (src/config/paths.ts links to them). */
export const libraryFiles = {
  library: `content-library.v${LIBRARY_FORMAT_VERSION}.json`,
  schema: `content-library.v${LIBRARY_FORMAT_VERSION}.schema.json`,
} as const;

/** Entries keyed by id, each without its id (which is its key, as it is its file name in data/). */
function keyed<T extends { id: string }>(entries: readonly T[]): Record<string, Omit<T, 'id'>> {
  return Object.fromEntries(entries.map(({ id, ...entry }) => [id, entry]));
}

export function buildLibrary(content: Content, siteUrl = ''): Library {
  const dates = Object.values(content)
    .flatMap((value: unknown) => (Array.isArray(value) ? value : []))
    .map((entry) => (entry as { lastReviewed?: string }).lastReviewed)
    .filter((d): d is string => typeof d === 'string');
  return {
    $schema: `./${libraryFiles.schema}`,
    format: LIBRARY_FORMAT,
    version: LIBRARY_FORMAT_VERSION,
    title: messages.siteName,
    contentUpdated: dates.sort().at(-1) ?? '1970-01-01',
    licence: {
      name: 'CC BY 4.0',
      url: licence.url,
      attribution: licence.siteAttribution(siteUrl || messages.siteName),
      note: 'Quotations from the sources cited, and other third-party material, keep their own terms. See docs/licence.md in the project.',
    },
    collections: {
      models: keyed(content.models) as Library['collections']['models'],
      scenarios: keyed(content.scenarios),
      sources: keyed(content.sources),
      glossary: keyed(content.glossary),
      myths: keyed(content.myths),
      recommendations: keyed(content.recommendations),
      jurisdictions: keyed(content.jurisdictions),
      classifications: keyed(content.classifications),
      questions: keyed(content.questions) as Library['collections']['questions'],
      decks: keyed(content.decks),
      paths: keyed(content.paths),
      support: keyed(content.support),
    },
    aliases: content.aliases,
  };
}

/** The library's JSON Schema (draft 2020-12), as zod writes it from the same schemas the build checks. */
export function libraryJsonSchema(): Record<string, unknown> {
  return {
    $id: libraryFiles.schema,
    title: `${messages.siteName}: content library, format version ${LIBRARY_FORMAT_VERSION}`,
    ...z.toJSONSchema(librarySchema, { target: 'draft-2020-12', io: 'output' }),
  };
}
