/**
 * The places payloads (see payloads.ts): a small index for the table and the map, one page
 * per jurisdiction, the timeline of reforms and the classifications page.
 */
import type {
  ClassificationsPage,
  JurisdictionPage,
  JurisdictionsIndex,
  PlaceScenario,
  Reform,
  TermRef,
  TimelinePage,
  WithReferences,
} from '../payloads';
import { contentFiles } from '../payloads';
import { placeIdForName } from '../place-names';
import { MODEL_IDS } from '../vocabulary';
import type { Content } from './load-content';
import { ContentFileMap } from './content-file-map';

export function placesFiles(content: Content, refs: (entry: unknown) => WithReferences): ContentFileMap {
  const files = new ContentFileMap();
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
  files.put(contentFiles.jurisdictions, index);
  const scenariosOf = placeScenarios(content);
  for (const jurisdiction of content.jurisdictions) {
    const page: JurisdictionPage = { jurisdiction, scenarios: scenariosOf(jurisdiction), ...refs(jurisdiction) };
    files.put(contentFiles.jurisdiction(jurisdiction.id), page);
  }

  const reforms: Reform[] = content.jurisdictions
    .flatMap((j) => j.reforms.map((r) => ({ ...r, jurisdiction: { id: j.id, name: j.name } })))
    // Jurisdictions arrive sorted by name, and sort() is stable: within a year, by place.
    .sort((a, b) => a.year - b.year);
  const timeline: TimelinePage = { reforms, ...refs(reforms) };
  files.put(contentFiles.timeline, timeline);

  files.put(contentFiles.classifications, classificationsPage(content, refs));
  return files;
}

/**
 * The scenarios a place's page lists: every one whose outcomes give the place as an example,
 * with those outcomes, then any its file lists that name it nowhere (shown under its own model).
 */
function placeScenarios(content: Content): (place: Content['jurisdictions'][number]) => PlaceScenario[] {
  const named = new Map<string, PlaceScenario[]>();
  for (const scenario of content.scenarios) {
    const byPlace = new Map<string, PlaceScenario['outcomes']>();
    for (const model of MODEL_IDS) {
      const outcome = scenario.outcomes[model];
      for (const name of outcome.jurisdictions) {
        const id = placeIdForName(name, content.jurisdictions);
        if (!id) continue;
        const outcomes = byPlace.get(id) ?? [];
        if (!outcomes.some((o) => o.model === model)) {
          outcomes.push({ model, named: name, headline: outcome.headline, safety: outcome.ratings.safety.level });
        }
        byPlace.set(id, outcomes);
      }
    }
    for (const [id, outcomes] of byPlace) {
      named.set(id, [
        ...(named.get(id) ?? []),
        { id: scenario.id, title: scenario.title, topics: scenario.topics, outcomes },
      ]);
    }
  }
  return (place) => {
    const listed = named.get(place.id) ?? [];
    const extra = (place.scenarios ?? []).flatMap((id): PlaceScenario[] => {
      const scenario = content.scenarios.find((s) => s.id === id);
      if (!scenario || listed.some((s) => s.id === id)) return [];
      const outcome = scenario.outcomes[place.model];
      const { title, topics } = scenario;
      return [
        {
          id,
          title,
          topics,
          outcomes: [
            { model: place.model, named: undefined, headline: outcome.headline, safety: outcome.ratings.safety.level },
          ],
        },
      ];
    });
    return [...listed, ...extra];
  };
}

/** Each classification is named by a glossary term: its definition is shown, and cited, too. */
function classificationsPage(content: Content, refs: (entry: unknown) => WithReferences): ClassificationsPage {
  const glossary = new Map(content.glossary.map((g) => [g.id, g]));
  const named = content.classifications.flatMap((c) => glossary.get(c.id) ?? []);
  const { sources, terms } = refs({ classifications: content.classifications, definitions: named });
  const own: TermRef[] = named.map(({ id, term, definition, keepCase }) => ({
    id,
    term,
    definition,
    ...(keepCase ? { keepCase } : {}),
  }));
  const linked = terms.filter((t) => !own.some((o) => o.id === t.id));
  const classifications = content.classifications.map((c) => ({
    ...c,
    definitionSources: glossary.get(c.id)?.sources ?? [],
  }));
  return { classifications, sources, terms: [...own, ...linked] };
}
