/**
 * The build↔browser contract is declared once (contentFiles in src/content/payloads.ts): the
 * build can only write, and the browser only read, the type each file's name declares. The
 * `@ts-expect-error` lines are checked by `npm run typecheck`: if a wrong payload stopped being
 * an error, the directive itself would fail the type check.
 */
import { describe, expect, it } from 'vitest';
import { fetchContent, memoryFetcher, setContentFetcher } from '../../src/content/fetch-content';
import { ContentFileMap } from '../../src/content/node/content-file-map';
import { contentFiles, type ContentIndex, type SupportPage } from '../../src/content/payloads';

describe('typed content files', () => {
  it('writes a payload under its file’s path, and reads it back as the declared type', async () => {
    const support: SupportPage = { entries: [], lastReviewed: '2026-12-01' };
    const files = new ContentFileMap().put(contentFiles.support, support);
    // @ts-expect-error: the index file holds a ContentIndex, not a support page
    files.put(contentFiles.index, support);
    // @ts-expect-error: a bare path names no declared file
    files.put('index.json', support);
    // (At run time a path is a string: the wrong calls above still wrote, which is why they must not compile.)
    expect([...files.keys()]).toEqual(['support.json', 'index.json']);
    setContentFetcher(memoryFetcher(files));
    const read: SupportPage = await fetchContent(contentFiles.support);
    expect(read).toEqual(support);
    // @ts-expect-error: what the support file holds is not a ContentIndex
    const wrong: ContentIndex = await fetchContent(contentFiles.support);
    expect(wrong).toEqual(support);
  });

  it('adds the files of a part of the content, as emitted by its own module', () => {
    const part = new ContentFileMap().put(contentFiles.glossary, []);
    const all = new ContentFileMap().putAll(part);
    expect(all.get('glossary.json')).toEqual([]);
  });
});
