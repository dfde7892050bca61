/**
 * The places payloads (see payloads.ts): a small index for the table and the map, one page
 * per jurisdiction, the timeline of reforms and the classifications page.
 */
import type {
  ClassificationsPage,
  JurisdictionPage,
  JurisdictionsIndex,
  Reform,
  TermRef,
  TimelinePage,
  WithReferences,
} from '../payloads';
import { contentFiles } from '../payloads';
import type { Content } from './load-content';

export function placesFiles(content: Content, refs: (entry: unknown) => WithReferences): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const index: JurisdictionsIndex = {
    jurisdictions: content.jurisdictions.map(
      ({ id, name, kind, parent, isoNumeric, model, fit, yearInForce, features, crimes }) => ({
        id,
        name,
        kind,
        parent,
        isoNumeric,
        model,
        fit,
        yearInForce,
        features,
        crimes,
      }),
    ),
  };
  files.set(contentFiles.jurisdictions, index);
  const titles = new Map(content.scenarios.map((s) => [s.id, s.title]));
  for (const jurisdiction of content.jurisdictions) {
    const scenarios = (jurisdiction.scenarios ?? []).flatMap((id) => {
      const title = titles.get(id);
      return title === undefined ? [] : [{ id, title }];
    });
    const page: JurisdictionPage = { jurisdiction, scenarios, ...refs(jurisdiction) };
    files.set(contentFiles.jurisdiction(jurisdiction.id), page);
  }

  const reforms: Reform[] = content.jurisdictions
    .flatMap((j) => j.reforms.map((r) => ({ ...r, jurisdiction: { id: j.id, name: j.name } })))
    // Jurisdictions arrive sorted by name, and sort() is stable: within a year, by place.
    .sort((a, b) => a.year - b.year);
  const timeline: TimelinePage = { reforms, ...refs(reforms) };
  files.set(contentFiles.timeline, timeline);

  files.set(contentFiles.classifications, classificationsPage(content, refs));
  return files;
}

/** Each classification is named by a glossary term: its definition is shown, and cited, too. */
function classificationsPage(content: Content, refs: (entry: unknown) => WithReferences): ClassificationsPage {
  const glossary = new Map(content.glossary.map((g) => [g.id, g]));
  const named = content.classifications.flatMap((c) => glossary.get(c.id) ?? []);
  const { sources, terms } = refs({ classifications: content.classifications, definitions: named });
  const own: TermRef[] = named.map(({ id, term, definition, keepCase }) => ({ id, term, definition, ...(keepCase ? { keepCase } : {}) }));
  const linked = terms.filter((t) => !own.some((o) => o.id === t.id));
  const classifications = content.classifications.map((c) => ({
    ...c,
    definitionSources: glossary.get(c.id)?.sources ?? [],
  }));
  return { classifications, sources, terms: [...own, ...linked] };
}
