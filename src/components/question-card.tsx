/**
 * One knowledge-check question: pick an answer (by keyboard or pointer), check it, and get
 * immediate feedback. The answer is controlled by the parent, which may keep it on the device
 * (the quiz) or only for this visit (a check inside a learning step).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { QuestionContext } from '../content/payloads';
import { correctAnswer, isCorrect, type Answer } from '../content/quiz-answers';
import type { Question } from '../content/schemas-learning';
import { MODEL_ANSWERS } from '../content/vocabulary';
import { messages } from '../i18n/messages';
import { AnswerChoices, type Choice } from './answer-choices';
import { AnswerFeedback } from './answer-feedback';

const t = messages.question;

interface Props {
  question: Question;
  context: QuestionContext;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  /** Level of the feedback heading, one below the heading the card sits under. */
  headingLevel?: 2 | 3;
}

export function choicesFor(question: Question, context: QuestionContext): Choice[] {
  if (question.kind === 'multiple-choice') return question.options.map((o, i) => ({ value: i, label: o.text }));
  return MODEL_ANSWERS.map((id) => ({ value: id, label: id === 'hybrid' ? t.hybrid : context.modelNames[id] }));
}

export function QuestionCard({ question, context, answer, onAnswer, headingLevel = 2 }: Props) {
  const [selected, setSelected] = useState<Answer | undefined>(undefined);
  const [missing, setMissing] = useState(false);
  const [justAnswered, setJustAnswered] = useState(false);
  const feedback = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const answered = answer !== undefined;
  const choices = choicesFor(question, context);
  const correct = correctAnswer(question);

  // After checking, move to the verdict so screen reader users hear it at once.
  useEffect(() => {
    if (justAnswered && answered) feedback.current?.focus();
  }, [justAnswered, answered]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected === undefined) {
      setMissing(true);
      return;
    }
    setJustAnswered(true);
    onAnswer(selected);
  };

  const isWhichModel = question.kind === 'which-model';
  return (
    <form className={`question-card question-${question.kind}`} onSubmit={submit} noValidate>
      {isWhichModel && (
        <div className="law-description" id={`${id}-law`}>
          <p className="law-label">{t.theLaw}</p>
          <p>{question.prompt}</p>
        </div>
      )}
      <AnswerChoices
        name={`${id}-answer`}
        legend={isWhichModel ? t.whichModel : question.prompt}
        describedBy={isWhichModel ? `${id}-law ${id}-hint` : undefined}
        choices={choices}
        selected={selected}
        onSelect={(value) => {
          setSelected(value);
          setMissing(false);
        }}
        result={answered ? { given: answer, correct } : undefined}
      />
      {isWhichModel && (
        <p className="question-hint" id={`${id}-hint`}>
          {t.hybridHint}
        </p>
      )}
      {!answered && (
        <div className="question-actions">
          <button type="submit" className="button-primary">
            {t.check}
          </button>
          <p className="question-missing" aria-live="polite">
            {missing ? t.chooseFirst : ''}
          </p>
        </div>
      )}
      {answered && (
        <AnswerFeedback
          ref={feedback}
          question={question}
          context={context}
          right={isCorrect(question, answer)}
          correctLabel={choices.find((c) => c.value === correct)?.label ?? ''}
          headingLevel={headingLevel}
        />
      )}
    </form>
  );
}
