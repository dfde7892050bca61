/**
 * The content a picture shows, taken from the same files the pages read, so a build-time
 * preview and a reader's download of the same view say the same thing.
 */
import { plainText } from '../../../content/glossary-links';
import type { ContentIndex, ModelSummary, ScenarioPage } from '../../../content/payloads';
import { ratingOutrunsEvidence, type Dimension, type ModelId, type Topic } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { compareViewMessages } from '../../../i18n/share';
import type { CompareImageData } from './compare-image';
import type { ScenarioImageData } from './scenario-image';

export function scenarioImageData(
  page: Pick<ScenarioPage, 'scenario' | 'models' | 'terms'>,
  focus: ModelId | undefined,
): ScenarioImageData {
  const termName = (id: string) => page.terms.find((term) => term.id === id)?.term;
  return {
    title: page.scenario.title,
    focus,
    models: page.models.map((model) => {
      const outcome = page.scenario.outcomes[model.id];
      const ratings: ScenarioImageData['models'][number]['ratings'] = {};
      for (const [dimension, rating] of Object.entries(outcome.ratings))
        if (rating) ratings[dimension as Dimension] = rating.level;
      return {
        id: model.id,
        name: model.name,
        headline: outcome.headline,
        explanation: plainText(outcome.explanation, termName),
        ratings,
        confidence: outcome.confidence,
      };
    }),
  };
}

export interface CompareView {
  dimension: Dimension;
  topic: Topic | undefined;
  models: readonly ModelId[];
}

/** The scenarios a comparison view shows: all, or those about its topic. */
export function scenariosInView(index: Pick<ContentIndex, 'scenarios'>, topic: Topic | undefined) {
  return topic ? index.scenarios.filter((s) => s.topics.includes(topic)) : index.scenarios;
}

export function compareViewTitle(view: Pick<CompareView, 'dimension' | 'topic'>): string {
  return compareViewMessages.title(messages.dimensions[view.dimension], view.topic && messages.topics[view.topic]);
}

export function compareImageData(
  index: Pick<ContentIndex, 'models' | 'scenarios'>,
  view: CompareView,
): CompareImageData {
  const scenarios = scenariosInView(index, view.topic);
  const models: ModelSummary[] = index.models.filter((m) => view.models.includes(m.id));
  return {
    title: compareViewMessages.title(messages.dimensions[view.dimension], undefined),
    subtitle: compareViewMessages.subtitle(view.topic && messages.topics[view.topic], scenarios.length),
    models: models.map(({ id, name }) => ({ id, name })),
    scenarios: scenarios.map((s) => ({
      title: s.title,
      ratings: Object.fromEntries(models.map((m) => [m.id, s.ratings[m.id][view.dimension]])),
      cautions: Object.fromEntries(
        models.map((m) => {
          const level = s.ratings[m.id][view.dimension];
          return [m.id, level !== undefined && ratingOutrunsEvidence(level, s.confidence[m.id])];
        }),
      ),
    })),
  };
}
