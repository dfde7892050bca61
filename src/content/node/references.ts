/**
 * Cross-reference checks: every source, glossary term, related scenario and alias points at
 * an entry that exists; every source is cited somewhere.
 */
import { glossaryIdsIn } from '../glossary-links';
import { placeIdForName } from '../place-names';
import { MODEL_IDS, RESERVED_DECK_IDS } from '../vocabulary';
import type { ContentIssue } from './issues';
import { formatPath } from './issues';
import { checkLearning } from './references-learning';
import type { Content } from './load-content';

export interface Located {
  file: string;
  value: unknown;
}

export function checkReferences(content: Content, issues: ContentIssue[]): { citations: number; unresolved: number } {
  const sourceIds = new Set(content.sources.map((s) => s.id));
  const termIds = new Set(content.glossary.map((g) => g.id));
  const scenarioIds = new Set(content.scenarios.map((s) => s.id));
  const cited = new Set<string>();
  let citations = 0;
  let unresolved = 0;

  const report = (file: string, path: PropertyKey[], message: string) => {
    unresolved += 1;
    issues.push({ file, field: formatPath(path), message });
  };

  const entries = locatedEntries(content);

  for (const { file, value } of entries) {
    walk(value, [], (node, path) => {
      const key = path.at(-1);
      if (key === 'sources' && Array.isArray(node)) {
        node.forEach((id: unknown, i) => {
          if (typeof id !== 'string') return;
          citations += 1;
          cited.add(id);
          if (!sourceIds.has(id))
            report(file, [...path, i], `unknown source "${id}": there is no data/sources/${id}.yaml`);
        });
        return false;
      }
      if (typeof node === 'string') {
        for (const termId of glossaryIdsIn(node)) {
          if (!termIds.has(termId))
            report(file, path, `links to unknown glossary term "${termId}": there is no data/glossary/${termId}.yaml`);
        }
      }
      return true;
    });
  }

  for (const scenario of content.scenarios) {
    const file = `data/scenarios/${scenario.id}.yaml`;
    scenario.related?.forEach((id, i) => {
      if (!scenarioIds.has(id))
        report(file, ['related', i], `unknown scenario "${id}": there is no data/scenarios/${id}.yaml`);
    });
  }
  checkExamplePlaces(content, report);
  const checkScenario = (file: string, path: PropertyKey[], id: string) => {
    if (!scenarioIds.has(id)) report(file, path, `unknown scenario "${id}": there is no data/scenarios/${id}.yaml`);
  };
  for (const j of content.jurisdictions) {
    j.scenarios?.forEach((id, i) => checkScenario(`data/jurisdictions/${j.id}.yaml`, ['scenarios', i], id));
  }
  for (const q of content.questions) {
    q.relatedScenarios?.forEach((id, i) => checkScenario(`data/questions/${q.id}.yaml`, ['relatedScenarios', i], id));
  }
  const modelIds = new Set<string>(content.models.map((m) => m.id));
  for (const deck of content.decks) {
    if ((RESERVED_DECK_IDS as readonly string[]).includes(deck.id)) {
      report(
        `data/decks/${deck.id}.yaml`,
        ['(file name)'],
        `"${deck.id}" is the name of a page; rename the file (reserved: ${RESERVED_DECK_IDS.join(', ')})`,
      );
    }
    deck.slides.forEach((slide, i) => {
      const file = `data/decks/${deck.id}.yaml`;
      if (slide.kind === 'scenario') checkScenario(file, ['slides', i, 'id'], slide.id);
      if (slide.kind === 'model' && !modelIds.has(slide.id))
        report(file, ['slides', i, 'id'], `unknown model "${slide.id}"`);
    });
  }
  const placeIds = new Set(content.jurisdictions.map((j) => j.id));
  for (const c of content.classifications) {
    const file = `data/classifications/${c.id}.yaml`;
    if (!termIds.has(c.id))
      report(
        file,
        ['(file name)'],
        `there is no glossary term "${c.id}"; name the file after the data/glossary/ term it explains`,
      );
    c.places?.forEach((id, i) => {
      if (!placeIds.has(id))
        report(file, ['places', i], `unknown place "${id}": there is no data/jurisdictions/${id}.yaml`);
    });
  }
  checkLearning(content, report, issues);
  for (const term of content.glossary) {
    term.related?.forEach((id, i) => {
      if (!termIds.has(id)) report(`data/glossary/${term.id}.yaml`, ['related', i], `unknown glossary term "${id}"`);
    });
  }
  for (const [oldId, newId] of Object.entries(content.aliases.scenarios)) {
    if (scenarioIds.has(oldId))
      issues.push({
        file: 'data/aliases.yaml',
        field: `scenarios.${oldId}`,
        message: `"${oldId}" is still a scenario id; an alias is only for ids that no longer exist`,
      });
    if (!scenarioIds.has(newId))
      report('data/aliases.yaml', ['scenarios', oldId], `points to unknown scenario "${newId}"`);
  }
  for (const source of content.sources) {
    if (!cited.has(source.id)) {
      issues.push({
        file: `data/sources/${source.id}.yaml`,
        field: '(file)',
        message: 'this source is not cited by any entry; cite it where it supports a claim, or remove it',
      });
    }
  }
  return { citations, unresolved };
}

/**
 * Every example place a scenario names is a place in data/jurisdictions/, so that place's page
 * can list the scenario. Content without places (a fork that removed them) is not checked.
 */
function checkExamplePlaces(
  content: Content,
  report: (file: string, path: PropertyKey[], message: string) => void,
): void {
  if (content.jurisdictions.length === 0) return;
  for (const scenario of content.scenarios) {
    for (const model of MODEL_IDS) {
      scenario.outcomes[model].jurisdictions.forEach((name, i) => {
        if (placeIdForName(name, content.jurisdictions)) return;
        report(
          `data/scenarios/${scenario.id}.yaml`,
          ['outcomes', model, 'jurisdictions', i],
          `"${name}" is not a place in data/jurisdictions/: start it with a listed place's name, as in "New Zealand (2003)" or "Victoria, Australia (2022)", or add the place`,
        );
      });
    }
  }
}

/** Depth-first walk; the visitor returns false to skip a node's children. */
function walk(node: unknown, path: PropertyKey[], visit: (node: unknown, path: PropertyKey[]) => boolean): void {
  if (!visit(node, path)) return;
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i], visit));
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) if (key !== 'id') walk(child, [...path, key], visit);
  }
}

/** Every entry with the file it came from, for checks that read all the content. */
export function locatedEntries(content: Content): Located[] {
  return [
    ...content.models.map((value) => ({ file: `data/models/${value.id}.yaml`, value })),
    ...content.scenarios.map((value) => ({ file: `data/scenarios/${value.id}.yaml`, value })),
    ...content.glossary.map((value) => ({ file: `data/glossary/${value.id}.yaml`, value })),
    ...content.myths.map((value) => ({ file: `data/myths/${value.id}.yaml`, value })),
    ...content.recommendations.map((value) => ({ file: `data/recommendations/${value.id}.yaml`, value })),
    ...content.sources.map((value) => ({ file: `data/sources/${value.id}.yaml`, value })),
    ...content.jurisdictions.map((value) => ({ file: `data/jurisdictions/${value.id}.yaml`, value })),
    ...content.questions.map((value) => ({ file: `data/questions/${value.id}.yaml`, value })),
    ...content.decks.map((value) => ({ file: `data/decks/${value.id}.yaml`, value })),
    ...content.classifications.map((value) => ({ file: `data/classifications/${value.id}.yaml`, value })),
    ...content.paths.map((value) => ({ file: `data/paths/${value.id}.yaml`, value })),
  ];
}
