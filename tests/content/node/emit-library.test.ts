/** The downloadable content library validates against the JSON Schema published beside it. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../src/config/paths';
import { COLLECTIONS } from '../../../src/content/node/collections';
import { buildLibrary, libraryFiles, libraryJsonSchema } from '../../../src/content/node/emit-library';
import { loadContent } from '../../../src/content/node/load-content';
import { LIBRARY_FORMAT_VERSION } from '../../../src/content/schemas-library';

const { content } = loadContent(resolve(import.meta.dirname, '../../..'));

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(libraryJsonSchema());
}

describe('the content library download', () => {
  it('validates against its published JSON Schema', () => {
    const validate = validator();
    // Through JSON, as a reader would get it.
    const library = JSON.parse(JSON.stringify(buildLibrary(content, 'https://guide.example/'))) as unknown;
    expect(validate(library), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
  });

  it('holds every entry of data/, keyed by its file name', () => {
    const library = buildLibrary(content);
    expect(Object.keys(library.collections.scenarios).sort()).toEqual(content.scenarios.map((s) => s.id).sort());
    expect(Object.keys(library.collections.sources)).toHaveLength(content.sources.length);
    expect(Object.keys(library.collections.questions)).toHaveLength(content.questions.length);
    expect(library.licence).toMatchObject({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
  });

  // The support directory, merged from another branch, was once left out: a new folder of data/
  // must not be forgotten here again.
  it('holds every collection the content loader reads from data/, each entry of each', () => {
    const library = buildLibrary(content);
    expect(Object.keys(library.collections).sort()).toEqual(COLLECTIONS.map((c) => c.dir).sort());
    for (const { dir } of COLLECTIONS) {
      const ids = (content[dir] as readonly { id: string }[]).map((entry) => entry.id).sort();
      expect(Object.keys(library.collections[dir]).sort(), dir).toEqual(ids);
    }
    expect(content.support.length).toBeGreaterThan(0);
  });

  it('the schema refuses a library that breaks it (so the check above can fail)', () => {
    const validate = validator();
    const library = JSON.parse(JSON.stringify(buildLibrary(content))) as {
      collections: { scenarios: Record<string, { outcomes: Record<string, unknown> }> };
    };
    const first = Object.values(library.collections.scenarios)[0]!;
    delete first.outcomes.nordic;
    expect(validate(library)).toBe(false);
    expect(validate({ ...library, version: LIBRARY_FORMAT_VERSION + 1 })).toBe(false);
  });

  it('is published under the names the site links to, with the format version in them', () => {
    expect(paths.contentLibrary.getHref()).toBe(`/downloads/${libraryFiles.library}`);
    expect(paths.contentLibrarySchema.getHref()).toBe(`/downloads/${libraryFiles.schema}`);
    expect(libraryFiles.library).toContain(`.v${LIBRARY_FORMAT_VERSION}.`);
  });
});
