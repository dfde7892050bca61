/**
 * Every searchable entry of the site, each pointing at the exact place a reader wants: a
 * scenario, one model's outcome of it (its focus page), a model or one section of a model page
 * (its anchor), a place, a myth, a glossary term (its anchor), a learning step, a quiz question,
 * a source, a recommendation and the site's own pages. Text is plain (glossary markup removed).
 */
import { paths } from '../../config/paths';
import { learnMessages } from '../../i18n/learn';
import { messages } from '../../i18n/messages';
import { sourceMessages } from '../../i18n/sources';
import { placesMessages } from '../../i18n/places';
import { presentMessages } from '../../i18n/present';
import { quizMessages } from '../../i18n/quiz';
import { safetyMessages } from '../../i18n/safety';
import { reuseMessages } from '../../i18n/share';
import { supportMessages } from '../../i18n/support';
import { workshopMessages } from '../../i18n/workshop';
import { plainText } from '../glossary-links';
import type { SearchDocument } from '../search-index';
import type { Model, Scenario } from '../schemas';
import type { Question } from '../schemas-learning';
import type { SupportEntry } from '../schemas-support';
import { brief } from './emit-learning';
import type { Content } from './load-content';

export function searchDocuments(content: Content): SearchDocument[] {
  const terms = new Map(content.glossary.map((g) => [g.id, g.term]));
  const plain = (...texts: (string | undefined)[]) =>
    texts
      .filter((t): t is string => Boolean(t))
      .map((t) => plainText(t, (id) => terms.get(id)))
      .join(' ');
  const models = new Map(content.models.map((m) => [m.id, m]));
  const modelWords = (id: string) => {
    const model = models.get(id as Model['id']);
    return model ? [model.name, ...model.otherNames, id].join(' ') : id;
  };

  return [
    ...content.models.flatMap((model) => modelDocuments(model, plain)),
    ...content.scenarios.flatMap((scenario) =>
      scenarioDocuments(scenario, plain, modelWords, (id) => models.get(id as Model['id'])?.name ?? id),
    ),
    ...content.jurisdictions.map((j): SearchDocument => ({
      id: `place:${j.id}`,
      kind: 'place',
      title: j.name,
      context: j.parent,
      href: paths.place.getHref(j.id),
      keywords: [j.law, placesMessages.kinds[j.kind], modelWords(j.model)].join(' '),
      text: plain(j.onPaper, j.fitNote, ...j.inPractice.map((p) => p.text)),
    })),
    ...content.myths.map((m): SearchDocument => ({
      id: `myth:${m.id}`,
      kind: 'myth',
      title: m.claim,
      href: paths.myth.getHref(m.id),
      keywords: messages.myths.verdicts[m.verdict],
      text: plain(m.answer),
    })),
    ...content.glossary.map((g): SearchDocument => ({
      id: `term:${g.id}`,
      kind: 'term',
      title: g.term,
      href: paths.glossary.getHref(g.id),
      keywords: [...(g.aka ?? []), g.id.replace(/-/g, ' ')].join(' '),
      text: plain(g.definition),
    })),
    ...content.paths.flatMap((path) =>
      path.steps.map((step): SearchDocument => ({
        id: `step:${step.id}`,
        kind: 'step',
        title: step.title,
        context: path.title,
        href: paths.learnStep.getHref(step.id),
        keywords: '',
        text: plain(step.summary, step.intro, ...step.points.map((p) => p.text)),
      })),
    ),
    ...content.questions.map((q) => questionDocument(q, plain)),
    ...content.sources.map((s): SearchDocument => ({
      id: `source:${s.id}`,
      kind: 'source',
      title: s.title,
      context: `${s.authors[0] ?? ''}${s.authors.length > 1 ? ' et al.' : ''} ${s.year}`.trim(),
      href: paths.source.getHref(s.kind, s.id),
      keywords: [...s.authors, String(s.year)].join(' '),
      text: '',
    })),
    ...content.recommendations.map((r): SearchDocument => ({
      id: `recommendation:${r.id}`,
      kind: 'recommendation',
      title: r.title,
      context: messages.takeAction.audiences[r.audience],
      href: `${paths.takeAction.getHref()}#${r.id}`,
      keywords: '',
      text: plain(r.why, r.how),
    })),
    ...sitePages(content),
    ...content.support.map(supportDocument),
  ];
}

type Plain = (...texts: (string | undefined)[]) => string;

function modelDocuments(model: Model, plain: Plain): SearchDocument[] {
  const t = messages.models;
  const keywords = [model.name, ...model.otherNames].join(' ');
  const at = (anchor: string) => `${paths.model.getHref(model.id)}#${anchor}`;
  const section = (anchor: string, title: string, text: string): SearchDocument => ({
    id: `section:${model.id}:${anchor}`,
    kind: 'section',
    title,
    context: model.name,
    href: at(anchor),
    keywords,
    text,
  });
  const sections = [
    section('who', t.whoIsCriminalised, plain(...Object.values(model.criminalised).map((c) => c.note))),
    section('aims', t.aims, plain(...model.aims.map((a) => a.text))),
    section('on-paper', t.onPaper, plain(model.onPaper)),
    section('in-practice', t.inPractice, plain(...model.inPractice.map((p) => p.text))),
    section('evidence', t.evidence, plain(...model.evidence.map((p) => p.text))),
    section('where', t.jurisdictions, plain(...model.jurisdictions.flatMap((j) => [j.name, j.law, j.note]))),
  ];
  if (model.contested.length > 0) {
    const contested = model.contested.flatMap((c) => [c.question, ...c.sides.flatMap((s) => [s.label, s.text])]);
    sections.push(section('contested', t.contested, plain(...contested)));
  }
  if (model.hybrids) {
    const hybrids = typeof model.hybrids === 'string' ? model.hybrids : model.hybrids.text;
    sections.push(section('hybrids', t.hybrids, plain(hybrids)));
  }
  return [
    {
      id: `model:${model.id}`,
      kind: 'model',
      title: model.name,
      href: paths.model.getHref(model.id),
      keywords: [...model.otherNames, model.id].join(' '),
      text: plain(model.summary, model.definition),
    },
    ...sections,
  ];
}

function scenarioDocuments(
  scenario: Scenario,
  plain: Plain,
  modelWords: (id: string) => string,
  modelName: (id: string) => string,
): SearchDocument[] {
  const topics = scenario.topics.map((topic) => messages.topics[topic]).join(' ');
  const outcomes = Object.entries(scenario.outcomes).map(([modelId, outcome]): SearchDocument => ({
    id: `outcome:${scenario.id}:${modelId}`,
    kind: 'outcome',
    title: scenario.title,
    context: modelName(modelId),
    href: paths.scenario.getHref(scenario.id, modelId),
    keywords: modelWords(modelId),
    text: plain(outcome.headline, outcome.explanation, ...outcome.jurisdictions),
  }));
  return [
    {
      id: `scenario:${scenario.id}`,
      kind: 'scenario',
      title: scenario.title,
      href: paths.scenario.getHref(scenario.id),
      // The id is the scenario's short name, in its address: a reader may type it.
      keywords: `${scenario.id.replace(/-/g, ' ')} ${topics}`,
      text: plain(scenario.summary, scenario.person, scenario.situation, scenario.question),
    },
    ...outcomes,
  ];
}

/** A question is found by its prompt only: its answer, options and explanation would give it away. */
function questionDocument(question: Question, plain: Plain): SearchDocument {
  return {
    id: `question:${question.id}`,
    kind: 'question',
    title: brief(question.prompt),
    href: paths.quizQuestion.getHref(question.id),
    keywords: '',
    text: plain(question.prompt),
  };
}

/** Words a reader looking for help may type, on the support page and each of its organisations. */
const SUPPORT_WORDS = 'support organisations organizations help services sex worker led';

/**
 * One organisation of the support page, found by its name, where it works and what it does, and
 * linked to its own entry there (a part of the support page: `page:support`).
 */
function supportDocument(entry: SupportEntry): SearchDocument {
  return {
    id: `organisation:support:${entry.id}`,
    kind: 'organisation',
    title: entry.name,
    context: entry.area,
    href: `${paths.support.getHref()}#${entry.id}`,
    keywords: [SUPPORT_WORDS, supportMessages.groups[entry.scope], ...entry.languages].join(' '),
    text: entry.description,
  };
}

/** The site's own pages, found by their names and what they are for. */
function sitePages(content: Content): SearchDocument[] {
  const page = (key: string, title: string, href: string, text: string, keywords = ''): SearchDocument => ({
    id: `page:${key}`,
    kind: 'page',
    title,
    href,
    keywords,
    text,
  });
  // Content without data/support/ (a fork that removed it) has no support page to find.
  const support =
    content.support.length > 0
      ? [
          page(
            'support',
            supportMessages.title,
            paths.support.getHref(),
            `${supportMessages.description} ${supportMessages.intro}`,
            SUPPORT_WORDS,
          ),
        ]
      : [];
  return [
    page('learn', learnMessages.title, paths.learn.getHref(), ''),
    page('quiz', quizMessages.title, paths.quiz.getHref(), messages.nav.quiz),
    page('models', messages.models.title, paths.models.getHref(), messages.models.intro),
    page('scenarios', messages.scenarios.title, paths.scenarios.getHref(), messages.scenarios.intro),
    page('compare', messages.compare.title, paths.compare.getHref(), messages.compare.intro),
    page('places', placesMessages.title, paths.places.getHref(), messages.nav.places),
    page('timeline', messages.timeline.title, paths.timeline.getHref(), messages.timeline.intro),
    page(
      'classifications',
      messages.classifications.title,
      paths.classifications.getHref(),
      messages.classifications.intro,
    ),
    page('myths', messages.myths.title, paths.myths.getHref(), messages.myths.intro),
    page('take-action', messages.takeAction.title, paths.takeAction.getHref(), messages.takeAction.intro),
    page('sources', sourceMessages.title, paths.sources.getHref(), sourceMessages.intro),
    page('glossary', messages.glossary.title, paths.glossary.getHref(), messages.glossary.intro),
    page('present', presentMessages.title, paths.decks.getHref(), ''),
    page(
      'workshops',
      workshopMessages.index.title,
      paths.workshops.getHref(),
      workshopMessages.index.intro,
      'workshop guides facilitator session group training',
    ),
    page(
      'reuse',
      reuseMessages.title,
      paths.reuse.getHref(),
      `${reuseMessages.description} ${reuseMessages.intro}`,
      'licence license copyright reuse credit attribution creative commons download translate adapt',
    ),
    ...support,
    page(
      'quick-exit',
      safetyMessages.quickExitTitle,
      paths.quickExit.getHref(),
      `${messages.safety.exit} ${safetyMessages.quickExitIntro}`,
    ),
    page('privacy', safetyMessages.privacyTitle, paths.privacy.getHref(), safetyMessages.privacyIntro),
  ];
}
