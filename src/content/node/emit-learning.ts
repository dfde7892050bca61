/**
 * The learning payloads (see payloads.ts): the guided path's outline, one file per step with
 * only what that step shows, and the quiz with the sources its questions cite.
 */
import {
  contentFiles,
  type LearnModelCard,
  type LearnOutline,
  type LearnScenarioCard,
  type LearnStepPage,
  type QuestionContext,
  type QuizPage,
  type ScenarioTitles,
  type WithReferences,
} from '../payloads';
import type { Scenario } from '../schemas';
import type { Question } from '../schemas-learning';
import { DIMENSIONS, GUIDED_PATH_ID, MODEL_IDS } from '../vocabulary';
import type { Content } from './load-content';

export function learningFiles(content: Content, refs: (entry: unknown) => WithReferences): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const modelNames = Object.fromEntries(content.models.map((m) => [m.id, m.name])) as QuestionContext['modelNames'];
  const context = (questions: Question[]): QuestionContext => ({
    modelNames,
    scenarioTitles: scenarioTitles(content, questions),
  });

  const path = content.paths.find((p) => p.id === GUIDED_PATH_ID);
  if (path) {
    const outline: LearnOutline = {
      title: path.title,
      intro: path.intro,
      steps: path.steps.map(({ id, title, summary, minutes }) => ({ id, title, summary, minutes })),
    };
    files.set(contentFiles.learn, outline);
    for (const step of path.steps) {
      const check = content.questions.find((q) => q.id === step.check) ?? null;
      const shown = {
        step,
        models: content.models.filter((m) => step.models?.includes(m.id)).map(modelCard),
        scenarios: (step.scenarios ?? [])
          .flatMap((id) => content.scenarios.find((s) => s.id === id) ?? [])
          .map(scenarioCard),
        myths: (step.myths ?? []).flatMap((id) => content.myths.find((m) => m.id === id) ?? []),
        check,
      };
      const page: LearnStepPage = { ...shown, ...context(check ? [check] : []), ...refs(shown) };
      files.set(contentFiles.learnStep(step.id), page);
    }
  }

  const quizPage: QuizPage = {
    questions: content.questions,
    ...context(content.questions),
    ...refs(content.questions),
  };
  files.set(contentFiles.questions, quizPage);
  return files;
}

function modelCard(model: Content['models'][number]): LearnModelCard {
  const { id, name, summary, criminalised } = model;
  return {
    id,
    name,
    summary,
    status: {
      selling: criminalised.selling.status,
      buying: criminalised.buying.status,
      thirdParties: criminalised.thirdParties.status,
    },
  };
}

function scenarioCard(scenario: Scenario): LearnScenarioCard {
  const outcomes = {} as LearnScenarioCard['outcomes'];
  for (const modelId of MODEL_IDS) {
    const { headline, ratings, sources } = scenario.outcomes[modelId];
    const levels: LearnScenarioCard['outcomes'][typeof modelId]['ratings'] = {};
    for (const dimension of DIMENSIONS) {
      const rating = ratings[dimension];
      if (rating) levels[dimension] = rating.level;
    }
    outcomes[modelId] = { headline, ratings: levels, sources };
  }
  const { id, title, person, situation, question, contentNote } = scenario;
  return { id, title, person, situation, question, contentNote, outcomes };
}

function scenarioTitles(content: Content, questions: Question[]): ScenarioTitles {
  const wanted = new Set(questions.flatMap((q) => q.relatedScenarios ?? []));
  return Object.fromEntries(content.scenarios.filter((s) => wanted.has(s.id)).map((s) => [s.id, s.title]));
}
