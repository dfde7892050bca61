import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Citations } from '../../components/citations';
import { QuestionCard } from '../../components/question-card';
import { ReferencesProvider } from '../../components/references-context';
import { OnThisPage, type PageSection } from '../../components/on-this-page';
import { RichText } from '../../components/rich-text';
import { StepProgress, type StepState } from '../../components/step-progress';
import { StoredNotice } from '../../components/stored-notice';
import { paths } from '../../config/paths';
import type { LearnStepPage as StepPayload } from '../../content/payloads';
import type { Answer } from '../../content/quiz-answers';
import { contentQueries } from '../../content/queries';
import type { LearnLink } from '../../content/vocabulary';
import { learnMessages } from '../../i18n/learn';
import { withDone } from './progress';
import { ModelCards, MythCards, ScenarioCard } from './step-cards';
import { StepNav } from './step-nav';
import { useLearnProgress } from './use-learn-progress';

const t = learnMessages;

const FURTHER: Record<LearnLink, string> = {
  models: paths.models.getHref(),
  scenarios: paths.scenarios.getHref(),
  compare: paths.compare.getHref(),
  myths: paths.myths.getHref(),
  'what-you-can-do': paths.takeAction.getHref(),
  sources: paths.sources.getHref(),
  glossary: paths.glossary.getHref(),
  quiz: paths.quiz.getHref(),
};

export function LearnStepPage() {
  const { stepId = '' } = useParams();
  const { data: outline } = useSuspenseQuery(contentQueries.learn());
  const { data: page } = useSuspenseQuery(contentQueries.learnStep(stepId));
  const ids = outline.steps.map((s) => s.id);
  const index = ids.indexOf(stepId);
  const { value: progress, update, notice, dismissNotice } = useLearnProgress(ids);
  const next = outline.steps[index + 1];

  const states: StepState[] = ids.map((id) =>
    id === stepId ? 'current' : progress.done.includes(id) ? 'done' : 'todo',
  );
  const { step } = page;
  return (
    <ReferencesProvider value={page}>
      <article className="page learn-step prose" key={stepId}>
        <p className="learn-back">
          <Link to={paths.learn.getHref()}>{outline.title}</Link>
        </p>
        <StepProgress
          label={`${t.stepOf(index + 1, ids.length)} · ${t.doneCount(progress.done.length)}`}
          states={states}
        />
        <h1>{step.title}</h1>
        <StoredNotice
          notice={notice}
          text={{ reset: t.progressReset, recovered: t.progressRecovered, unsaved: t.progressUnsaved }}
          onDismiss={dismissNotice}
        />
        <p className="lead">
          <RichText text={step.intro} />
        </p>
        <OnThisPage sections={stepSections(page)} />
        <section aria-labelledby="key-points">
          <h2 id="key-points">{t.keyPoints}</h2>
          <ul className="sourced-list key-points">
            {step.points.map((point, i) => (
              <li key={i}>
                <RichText text={point.text} />
                <Citations ids={point.sources} />
              </li>
            ))}
          </ul>
        </section>
        {page.models.length > 0 && <ModelCards models={page.models} />}
        {page.scenarios.map((scenario) => (
          <ScenarioCard key={scenario.id} scenario={scenario} modelNames={page.modelNames} />
        ))}
        {page.myths.length > 0 && <MythCards myths={page.myths} />}
        {page.check && <StepCheck page={page} />}
        {step.further && (
          <section aria-labelledby="further">
            <h2 id="further">{t.further}</h2>
            <ul>
              {step.further.map((link) => (
                <li key={link}>
                  <Link to={FURTHER[link]}>{t.furtherLinks[link]}</Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        <StepNav
          previous={outline.steps[index - 1]}
          next={next}
          onMoveOn={() => update((p) => withDone(p, stepId, next?.id))}
        />
      </article>
    </ReferencesProvider>
  );
}

/** The step's sections, in page order, for "On this page" (their headings carry these ids). */
function stepSections(page: StepPayload): PageSection[] {
  const { step } = page;
  return [
    { id: 'key-points', label: t.keyPoints },
    ...(page.models.length > 0 ? [{ id: 'models', label: t.models }] : []),
    ...page.scenarios.map((s) => ({ id: `scenario-${s.id}`, label: `${t.scenario}: ${s.title}` })),
    ...(page.myths.length > 0 ? [{ id: 'myths', label: t.myths }] : []),
    ...(page.check ? [{ id: 'check', label: t.check }] : []),
    ...(step.further ? [{ id: 'further', label: t.further }] : []),
  ];
}

/** A question to check understanding. Its answer lasts for this visit only; the quiz keeps score. */
function StepCheck({ page }: { page: StepPayload }) {
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  if (!page.check) return null;
  return (
    <section aria-labelledby="check" className="learn-check">
      <h2 id="check">{t.check}</h2>
      <QuestionCard question={page.check} context={page} answer={answer} onAnswer={setAnswer} headingLevel={3} />
    </section>
  );
}
