/**
 * The learning payloads (see payloads.ts): the guided path's outline, one file per step with
 * only what that step shows, and the quiz's outline with one file per question. The quiz was
 * one file (82 kB raw) that every quiz page carried to show one question or a score.
 */
import { plainText } from '../glossary-links';
import {
  contentFiles,
  type ContentIndex,
  type LearnModelCard,
  type LearnOutline,
  type LearnScenarioCard,
  type LearnStepPage,
  type QuestionContext,
  type QuizOutline,
  type QuizQuestionPage,
  type ScenarioTitles,
  type WithReferences,
} from '../payloads';
import { gradable } from '../quiz-answers';
import type { Scenario } from '../schemas';
import type { Question } from '../schemas-learning';
import { DIMENSIONS, GUIDED_PATH_ID, MODEL_IDS } from '../vocabulary';
import type { Content } from './load-content';
import { ContentFileMap } from './content-file-map';

export function learningFiles(content: Content, refs: (entry: unknown) => WithReferences): ContentFileMap {
  const files = new ContentFileMap();
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
      minutes: pathMinutes(path.steps),
      steps: path.steps.map(({ id, title, summary, minutes }) => ({ id, title, summary, minutes })),
    };
    files.put(contentFiles.learn, outline);
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
      files.put(contentFiles.learnStep(step.id), page);
    }
  }

  const quiz: QuizOutline = {
    questions: content.questions.map((q) => ({
      id: q.id,
      ...gradable(q),
      brief: brief(q.prompt),
      ...(q.relatedScenarios && { relatedScenarios: q.relatedScenarios }),
    })),
    scenarioTitles: scenarioTitles(content, content.questions),
  };
  files.put(contentFiles.quiz, quiz);
  for (const question of content.questions) {
    const page: QuizQuestionPage = { question, ...context([question]), ...refs(question) };
    files.put(contentFiles.quizQuestion(question.id), page);
  }
  return files;
}

/** The guided path's length: the sum of its steps' estimates, so every page gives one figure. */
export function pathMinutes(steps: readonly { minutes: number }[]): number {
  return steps.reduce((sum, step) => sum + step.minutes, 0);
}

/** The guided path in brief, for the content index (the home page's "Start learning"). */
export function learnPathSummary(content: Content): Pick<ContentIndex, 'learnPath'> {
  const path = content.paths.find((p) => p.id === GUIDED_PATH_ID);
  const first = path?.steps[0];
  if (!path || !first) return {};
  return { learnPath: { firstStep: first.id, steps: path.steps.length, minutes: pathMinutes(path.steps) } };
}

/** A prompt in plain text cut at a word to about a line: the results list links each question by it. */
export function brief(prompt: string, max = 110): string {
  const plain = plainText(prompt);
  if (plain.length <= max) return plain;
  const cut = plain.lastIndexOf(' ', max);
  return `${plain.slice(0, cut > 0 ? cut : max)}…`;
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
    const { headline, ratings, sources, confidence } = scenario.outcomes[modelId];
    const levels: LearnScenarioCard['outcomes'][typeof modelId]['ratings'] = {};
    const bases: LearnScenarioCard['outcomes'][typeof modelId]['bases'] = {};
    for (const dimension of DIMENSIONS) {
      const rating = ratings[dimension];
      if (!rating) continue;
      levels[dimension] = rating.level;
      bases[dimension] = rating.basis;
    }
    outcomes[modelId] = { headline, ratings: levels, bases, confidence, sources };
  }
  const { id, title, person, situation, question, contentNote } = scenario;
  return { id, title, person, situation, question, contentNote, outcomes };
}

function scenarioTitles(content: Content, questions: Question[]): ScenarioTitles {
  const wanted = new Set(questions.flatMap((q) => q.relatedScenarios ?? []));
  return Object.fromEntries(content.scenarios.filter((s) => wanted.has(s.id)).map((s) => [s.id, s.title]));
}
