/**
 * The myths payloads (see payloads.ts): a list of every myth in brief, and one page per myth
 * with the sources it cites. The list carries no sources: with them it was the heaviest page
 * but one (46 kB gzip), and each myth's evidence is a link away on a page of its own.
 */
import { contentFiles, type MythPage, type MythsPage, type WithReferences } from '../payloads';
import type { Content } from './load-content';
import { ContentFileMap } from './content-file-map';

export function mythFiles(content: Content, refs: (entry: unknown) => WithReferences): ContentFileMap {
  const files = new ContentFileMap();
  const myths = content.myths;
  const list: MythsPage = {
    myths: myths.map(({ sources, lastReviewed: _lastReviewed, ...myth }) => ({ ...myth, sourceCount: sources.length })),
    terms: refs(myths.map((m) => m.answer)).terms,
  };
  files.put(contentFiles.myths, list);
  const neighbour = (index: number) => {
    const myth = myths[index];
    return myth ? { id: myth.id, claim: myth.claim } : null;
  };
  myths.forEach((myth, i) => {
    const page: MythPage = { myth, previous: neighbour(i - 1), next: neighbour(i + 1), ...refs(myth) };
    files.put(contentFiles.myth(myth.id), page);
  });
  return files;
}
