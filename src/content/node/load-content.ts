/**
 * Loads every content file under data/, validates it against its schema, and checks that
 * every reference resolves. The single entry point for the build, the content check and tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  aliasesSchema,
  MODEL_IDS,
  type Aliases,
  type GlossaryTerm,
  type Model,
  type Myth,
  type Recommendation,
  type Scenario,
  type Source,
} from '../schemas';
import type { Deck, LearningPath, Question } from '../schemas-learning';
import type { Classification, Jurisdiction } from '../schemas-places';
import type { SupportEntry } from '../schemas-support';
import { COLLECTIONS } from './collections';
import { formatPath, type ContentIssue } from './issues';
import { readEntries } from './read-files';
import { checkGlossaryCase } from './checks-glossary-case';
import { checkPlaces } from './checks-places';
import { checkScenarios } from './checks-scenarios';
import { checkSources } from './checks-sources';
import { checkReferences, locatedEntries } from './references';

export interface Content {
  models: Model[];
  scenarios: Scenario[];
  sources: Source[];
  glossary: GlossaryTerm[];
  myths: Myth[];
  recommendations: Recommendation[];
  jurisdictions: Jurisdiction[];
  questions: Question[];
  decks: Deck[];
  classifications: Classification[];
  paths: LearningPath[];
  support: SupportEntry[];
  aliases: Aliases;
}

export interface ContentStats {
  models: number;
  scenarios: number;
  outcomes: number;
  sources: number;
  citations: number;
  glossary: number;
  myths: number;
  recommendations: number;
  jurisdictions: number;
  questions: number;
  decks: number;
  unresolved: number;
  uncitedOutcomes: number;
}

export interface LoadResult {
  content: Content;
  issues: ContentIssue[];
  stats: ContentStats;
}

export function loadContent(root: string): LoadResult {
  const issues: ContentIssue[] = [];
  const collected: Record<string, unknown[]> = {};

  for (const spec of COLLECTIONS) {
    const entries = readEntries(root, spec.dir, issues);
    if (spec.required && entries.length === 0) {
      issues.push({
        file: `data/${spec.dir}/`,
        field: '(folder)',
        message: `no ${spec.noun} files found; at least one is needed`,
      });
    }
    collected[spec.dir] = entries.flatMap((entry) => {
      const result = spec.schema.safeParse(entry.data);
      if (!result.success) {
        for (const problem of result.error.issues) {
          issues.push({ file: entry.file, field: formatPath(problem.path), message: problem.message });
        }
        return [];
      }
      return [{ ...(result.data as object), id: entry.id }];
    });
  }

  const content: Content = {
    models: (collected.models as Model[]).sort((a, b) => a.order - b.order),
    scenarios: collected.scenarios as Scenario[],
    sources: collected.sources as Source[],
    glossary: (collected.glossary as GlossaryTerm[]).sort((a, b) => a.term.localeCompare(b.term)),
    myths: (collected.myths as Myth[]).sort((a, b) => a.order - b.order),
    recommendations: (collected.recommendations as Recommendation[]).sort((a, b) => a.order - b.order),
    jurisdictions: (collected.jurisdictions as Jurisdiction[]).sort((a, b) => a.name.localeCompare(b.name)),
    questions: (collected.questions as Question[]).sort((a, b) => a.order - b.order),
    decks: (collected.decks as Deck[]).sort((a, b) => a.order - b.order),
    classifications: (collected.classifications as Classification[]).sort((a, b) => a.order - b.order),
    paths: collected.paths as LearningPath[],
    support: (collected.support as SupportEntry[]).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)),
    aliases: readAliases(root, issues),
  };

  checkModels(content, issues);
  checkSupport(content, issues);
  const refs = checkReferences(content, issues);
  // The editorial rules (docs/content-guide.md): each names the file and field to fix.
  checkSources(content.sources, issues);
  checkScenarios(content.scenarios, issues);
  checkPlaces(content.jurisdictions, issues);
  checkGlossaryCase(locatedEntries(content), content.glossary, issues);

  const stats: ContentStats = {
    models: content.models.length,
    scenarios: content.scenarios.length,
    outcomes: content.scenarios.length * MODEL_IDS.length,
    sources: content.sources.length,
    citations: refs.citations,
    glossary: content.glossary.length,
    myths: content.myths.length,
    recommendations: content.recommendations.length,
    jurisdictions: content.jurisdictions.length,
    questions: content.questions.length,
    decks: content.decks.length,
    unresolved: refs.unresolved,
    uncitedOutcomes: countUncitedOutcomes(content),
  };
  return { content, issues, stats };
}

/** Outcomes none of whose cited sources exists: a claim with no source behind it. */
function countUncitedOutcomes(content: Content): number {
  const known = new Set(content.sources.map((s) => s.id));
  return content.scenarios
    .flatMap((s) => MODEL_IDS.map((id) => s.outcomes[id]))
    .filter((outcome) => !outcome.sources.some((id) => known.has(id))).length;
}

function checkModels(content: Content, issues: ContentIssue[]): void {
  const ids = new Set<string>(content.models.map((m) => m.id));
  for (const model of content.models) {
    if (!(MODEL_IDS as readonly string[]).includes(model.id)) {
      issues.push({
        file: `data/models/${model.id}.yaml`,
        field: '(file name)',
        message: `unknown model "${model.id}"; the four models are ${MODEL_IDS.join(', ')}`,
      });
    }
  }
  for (const id of MODEL_IDS) {
    if (!ids.has(id))
      issues.push({ file: `data/models/${id}.yaml`, field: '(file)', message: `the ${id} model is missing` });
  }
  for (const model of content.models) {
    if (typeof model.hybrids === 'string') {
      issues.push({
        file: `data/models/${model.id}.yaml`,
        field: 'hybrids',
        message:
          'the hybrids paragraph makes claims, so it needs sources: write it as "text:" with "sources:" below it',
      });
    }
  }
  const orders = content.models.map((m) => m.order);
  if (new Set(orders).size !== orders.length) {
    issues.push({
      file: 'data/models/',
      field: 'order',
      message: 'two models share the same order; give each a different number from 1 to 4',
    });
  }
}

/** Each support link appears once: two entries with one address are one organisation. */
function checkSupport(content: Content, issues: ContentIssue[]): void {
  const seen = new Map<string, string>();
  for (const entry of content.support) {
    const url = entry.url.replace(/\/+$/, '').toLowerCase();
    const earlier = seen.get(url);
    if (earlier) {
      issues.push({
        file: `data/support/${entry.id}.yaml`,
        field: 'url',
        message: `data/support/${earlier}.yaml links to the same address; keep one entry`,
      });
    }
    seen.set(url, entry.id);
  }
}

function readAliases(root: string, issues: ContentIssue[]): Aliases {
  const file = join(root, 'data', 'aliases.yaml');
  const empty: Aliases = { scenarios: {}, models: {} };
  if (!existsSync(file)) return empty;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8')) ?? {};
  } catch (error) {
    issues.push({
      file: 'data/aliases.yaml',
      field: '(file)',
      message: `not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    });
    return empty;
  }
  const result = aliasesSchema.safeParse(raw);
  if (!result.success) {
    for (const p of result.error.issues)
      issues.push({ file: 'data/aliases.yaml', field: formatPath(p.path), message: p.message });
    return empty;
  }
  return result.data;
}
