/**
 * Turns loaded content into the static JSON files served under /content/ (see payloads.ts).
 * Used by the Vite plugin in development (served from memory) and at build (written to dist/).
 */
import { glossaryIdsIn } from '../glossary-links';
import {
  contentFiles,
  type CitedSource,
  type ContentIndex,
  type ScenarioSummary,
  type SourceUse,
  type SupportPage,
  type TermRef,
  type WithReferences,
} from '../payloads';
import { SUPPORT_SCOPES } from '../schemas-support';
import { DIMENSIONS, MODEL_IDS, type Scenario } from '../schemas';
import { deckFiles } from './emit-decks';
import { learningFiles, learnPathSummary } from './emit-learning';
import { mythFiles } from './emit-myths';
import { sourceFiles } from './emit-sources';
import { placesFiles } from './emit-places';
import { searchFiles } from './emit-search';
import type { Content } from './load-content';
import { ContentFileMap } from './content-file-map';

export function buildContentFiles(content: Content): ContentFileMap {
  const files = new ContentFileMap();
  const refs = referenceResolver(content);

  const index: ContentIndex = {
    models: content.models.map(({ id, name, order, summary, otherNames }) => ({
      id,
      name,
      order,
      summary,
      otherNames,
    })),
    scenarios: content.scenarios.map(summarise),
    ...learnPathSummary(content),
    aliases: content.aliases,
  };
  files.put(contentFiles.index, index);
  files.put(contentFiles.modelSummaries, index.models);
  for (const model of content.models) files.put(contentFiles.model(model.id), { model, ...refs(model) });
  const titles = new Map(content.scenarios.map((s) => [s.id, s.title]));
  for (const scenario of content.scenarios) {
    const related = (scenario.related ?? []).flatMap((id) => {
      const title = titles.get(id);
      return title === undefined ? [] : [{ id, title }];
    });
    files.put(contentFiles.scenario(scenario.id), { scenario, models: index.models, related, ...refs(scenario) });
  }
  const uses = usesOf(content);
  files.putAll(sourceFiles(content, uses));
  files.put(contentFiles.glossary, content.glossary);
  files.putAll(mythFiles(content, refs));
  files.put(contentFiles.recommendations, {
    recommendations: content.recommendations,
    ...refs(content.recommendations),
  });
  files.putAll(placesFiles(content, refs));
  files.putAll(learningFiles(content, refs));
  files.putAll(deckFiles(content, refs));
  files.putAll(searchFiles(content));
  const support = supportPage(content);
  if (support) files.put(contentFiles.support, support);
  return files;
}

function summarise(scenario: Scenario): ScenarioSummary {
  const ratings = {} as ScenarioSummary['ratings'];
  const bases = {} as ScenarioSummary['bases'];
  const confidence = {} as ScenarioSummary['confidence'];
  const headlines = {} as ScenarioSummary['headlines'];
  for (const modelId of MODEL_IDS) {
    const outcome = scenario.outcomes[modelId];
    headlines[modelId] = outcome.headline;
    confidence[modelId] = outcome.confidence;
    ratings[modelId] = {};
    bases[modelId] = {};
    for (const dimension of DIMENSIONS) {
      const rating = outcome.ratings[dimension];
      if (!rating) continue;
      ratings[modelId][dimension] = rating.level;
      bases[modelId][dimension] = rating.basis;
    }
  }
  const { id, title, summary, topics, contentNote } = scenario;
  return { id, title, summary, topics, contentNote, ratings, confidence, bases, headlines };
}

/**
 * The support page's entries, grouped global, regional, national. What was checked stays in the
 * data (for reviewers); the page shows when. No entries (a fork that removed them), no page.
 */
function supportPage(content: Content): SupportPage | undefined {
  if (content.support.length === 0) return undefined;
  const rank = (scope: (typeof SUPPORT_SCOPES)[number]) => SUPPORT_SCOPES.indexOf(scope);
  const entries = [...content.support]
    .sort((a, b) => rank(a.scope) - rank(b.scope) || a.order - b.order)
    .map(({ checked: _checked, ...entry }) => entry);
  const lastReviewed = entries
    .map((e) => e.lastReviewed)
    .sort()
    .at(-1)!;
  return { entries, lastReviewed };
}

/** Collects the sources an entry cites and the glossary terms its text links to. */
function referenceResolver(content: Content): (entry: unknown) => WithReferences {
  const sources = new Map(content.sources.map((s) => [s.id, s]));
  const terms = new Map(content.glossary.map((g) => [g.id, g]));
  return (entry) => {
    const sourceIds = new Set<string>();
    const termIds = new Set<string>();
    visitStrings(entry, (value, key) => {
      if (key === 'sources') sourceIds.add(value);
      else for (const id of glossaryIdsIn(value)) termIds.add(id);
    });
    return {
      sources: [...sourceIds].flatMap((id): CitedSource[] => {
        const source = sources.get(id);
        if (!source) return [];
        const { position: _position, confidence: _confidence, lastReviewed: _lastReviewed, ...cited } = source;
        return [cited];
      }),
      terms: [...termIds].flatMap((id): TermRef[] => {
        const t = terms.get(id);
        return t
          ? [{ id: t.id, term: t.term, definition: t.definition, ...(t.keepCase ? { keepCase: true } : {}) }]
          : [];
      }),
    };
  };
}

function visitStrings(
  node: unknown,
  visit: (value: string, parentKey: string | undefined) => void,
  key?: string,
): void {
  if (typeof node === 'string') visit(node, key);
  else if (Array.isArray(node)) node.forEach((child) => visitStrings(child, visit, key));
  else if (node && typeof node === 'object') {
    for (const [k, child] of Object.entries(node)) if (k !== 'id') visitStrings(child, visit, k);
  }
}

/** Where each source is cited, for the sources page. */
function usesOf(content: Content): Map<string, SourceUse[]> {
  const uses = new Map<string, SourceUse[]>();
  const add = (entry: unknown, use: SourceUse) =>
    visitStrings(entry, (value, key) => {
      if (key !== 'sources') return;
      const list = uses.get(value) ?? [];
      if (!list.some((u) => u.kind === use.kind && u.id === use.id)) list.push(use);
      uses.set(value, list);
    });
  for (const m of content.models) add(m, { kind: 'model', id: m.id, title: m.name });
  for (const s of content.scenarios) add(s, { kind: 'scenario', id: s.id, title: s.title });
  for (const m of content.myths) add(m, { kind: 'myth', id: m.id, title: m.claim });
  for (const r of content.recommendations) add(r, { kind: 'recommendation', id: r.id, title: r.title });
  for (const g of content.glossary) add(g, { kind: 'glossary', id: g.id, title: g.term });
  for (const j of content.jurisdictions) add(j, { kind: 'jurisdiction', id: j.id, title: j.name });
  const terms = new Map(content.glossary.map((g) => [g.id, g.term]));
  for (const c of content.classifications) add(c, { kind: 'classification', id: c.id, title: terms.get(c.id) ?? c.id });
  return uses;
}
