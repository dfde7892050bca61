/**
 * What a reader sees after answering: right or not (a word and a sign, never colour alone),
 * the answer, the explanation with its sources, and scenarios to look at.
 */
import { forwardRef } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import type { QuestionContext } from '../content/payloads';
import type { Question } from '../content/schemas-learning';
import { messages } from '../i18n/messages';
import { Citations } from './citations';
import { RichText } from './rich-text';

const t = messages.question;

interface Props {
  question: Question;
  context: QuestionContext;
  right: boolean;
  correctLabel: string;
  headingLevel: 2 | 3;
}

export const AnswerFeedback = forwardRef<HTMLHeadingElement, Props>(function AnswerFeedback(
  { question, context, right, correctLabel, headingLevel },
  ref,
) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const related = (question.relatedScenarios ?? []).filter((id) => context.scenarioTitles[id]);
  return (
    <section className={`answer-feedback ${right ? 'is-right' : 'is-wrong'}`} aria-label={right ? t.right : t.wrong}>
      <Heading ref={ref} tabIndex={-1} className="feedback-verdict">
        <span aria-hidden="true">{right ? '✓ ' : '✕ '}</span>
        {right ? t.right : t.wrong}
      </Heading>
      <p>
        <strong>{t.correctAnswer}:</strong> {correctLabel}
        {question.kind === 'which-model' && question.place ? (
          <>
            <br />
            <strong>{t.place}:</strong> {question.place}
          </>
        ) : null}
      </p>
      <p>
        <RichText text={question.explanation} />
      </p>
      <Citations ids={question.sources} />
      {related.length > 0 && (
        <div className="feedback-related">
          <p>
            <strong>{t.related}:</strong>
          </p>
          <ul>
            {related.map((id) => (
              <li key={id}>
                <Link to={paths.scenario.getHref(id)}>{context.scenarioTitles[id]}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
});
