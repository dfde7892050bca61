/**
 * The sources payloads (see payloads.ts): how many of each kind, a list per kind, and one
 * file per source with where it is cited. All of them in full on one page came to 84 kB gzip.
 */
import {
  contentFiles,
  type SourceKindPage,
  type SourcesOverview,
  type SourceUse,
  type SourceWithUses,
} from '../payloads';
import { SOURCE_KINDS } from '../vocabulary';
import type { Content } from './load-content';
import { ContentFileMap } from './content-file-map';

export function sourceFiles(content: Content, uses: Map<string, SourceUse[]>): ContentFileMap {
  const files = new ContentFileMap();
  const overview: SourcesOverview = { kinds: [], kindOf: {} };
  for (const kind of SOURCE_KINDS) {
    const count = content.sources.filter((s) => s.kind === kind).length;
    if (count > 0) overview.kinds.push({ kind, count });
  }
  for (const source of content.sources) {
    overview.kindOf[source.id] = source.kind;
    const entry: SourceWithUses = { ...source, usedIn: uses.get(source.id) ?? [] };
    files.put(contentFiles.source(source.id), entry);
  }
  files.put(contentFiles.sources, overview);
  for (const { kind } of overview.kinds) {
    const page: SourceKindPage = {
      kinds: overview.kinds,
      sources: content.sources
        .filter((s) => s.kind === kind)
        .map(({ id, title, authors, year, labelDetail }) => ({ id, title, authors, year, labelDetail, kind })),
    };
    files.put(contentFiles.sourcesOfKind(kind), page);
  }
  return files;
}
