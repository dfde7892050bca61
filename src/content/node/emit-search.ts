/**
 * The search payloads (see payloads.ts): the MiniSearch index, built here once per build so a
 * reader's phone only reads it back, and the catalogue the search page lists without
 * JavaScript: every searchable page, grouped by kind, with a scenario's outcomes and a model's
 * sections as links beside it.
 */
import MiniSearch from 'minisearch';
import { contentFiles, type SearchCatalogue, type SearchCatalogueEntry } from '../payloads';
import { SEARCH_KINDS, searchIndexOptions, type SearchDocument, type SearchKind } from '../search-index';
import type { Content } from './load-content';
import { searchDocuments } from './search-documents';
import { ContentFileMap } from './content-file-map';

export function searchFiles(content: Content): ContentFileMap {
  const documents = searchDocuments(content);
  return new ContentFileMap()
    .put(contentFiles.searchIndex, buildSearchIndex(documents).toJSON())
    .put(contentFiles.searchCatalogue, searchCatalogue(documents));
}

export function buildSearchIndex(documents: SearchDocument[]): MiniSearch<SearchDocument> {
  const seen = new Set<string>();
  for (const { id } of documents) {
    if (seen.has(id)) throw new Error(`search index: two entries have the id "${id}"`);
    seen.add(id);
  }
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  index.addAll(documents);
  return index;
}

/**
 * Kinds with a browsable list of their own elsewhere (the quiz, the sources by kind, the
 * recommendations page): the search page links to those lists instead of repeating them,
 * which keeps it within the page budget.
 */
const LISTED_ELSEWHERE = new Set<SearchKind>(['question', 'source', 'recommendation']);

/**
 * Entries that are parts of another (outcomes, sections, the support page's organisations) are
 * listed under it, not on their own. A part's id is "<kind>:<owner>:<own id>", its owner's
 * "<parent kind>:<owner>".
 */
const PART_OF: Partial<Record<SearchKind, SearchKind>> = {
  outcome: 'scenario',
  section: 'model',
  organisation: 'page',
};

export function searchCatalogue(documents: SearchDocument[]): SearchCatalogue {
  const parentId = (doc: SearchDocument) => {
    const [kind, owner] = doc.id.split(':');
    const parentKind = PART_OF[kind as SearchKind];
    return parentKind ? `${parentKind}:${owner}` : undefined;
  };
  const entries = new Map<string, SearchCatalogueEntry>();
  for (const doc of documents) {
    if (parentId(doc) || LISTED_ELSEWHERE.has(doc.kind)) continue;
    entries.set(doc.id, { title: doc.title, href: doc.href, ...(doc.context ? { context: doc.context } : {}) });
  }
  for (const doc of documents) {
    const parent = parentId(doc);
    const entry = parent ? entries.get(parent) : undefined;
    if (!entry) continue;
    // An outcome is named by its model (its context); a section by its own title.
    entry.parts = [
      ...(entry.parts ?? []),
      { title: doc.kind === 'outcome' ? (doc.context ?? doc.title) : doc.title, href: doc.href },
    ];
  }
  return {
    groups: SEARCH_KINDS.flatMap((kind) => {
      const ids = documents.filter((d) => d.kind === kind && entries.has(d.id)).map((d) => d.id);
      return ids.length > 0 ? [{ kind, entries: ids.map((id) => entries.get(id)!) }] : [];
    }),
  };
}
