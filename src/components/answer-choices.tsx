/**
 * The answers to a question as a native radio group: arrow keys move between choices, Space
 * or a tap picks one, and each choice is a large target. Once answered, the group is locked
 * and each choice says in words (not only colour) whether it was the answer or the reader's.
 */
import type { ReactNode } from 'react';
import type { Answer } from '../content/quiz-answers';
import { messages } from '../i18n/messages';

const t = messages.question;

export interface Choice {
  value: Answer;
  label: string;
}

interface Props {
  name: string;
  legend: ReactNode;
  describedBy?: string;
  choices: Choice[];
  selected: Answer | undefined;
  onSelect: (value: Answer) => void;
  /** Set once answered: the reader's answer and the right one. */
  result?: { given: Answer; correct: Answer };
}

export function AnswerChoices({ name, legend, describedBy, choices, selected, onSelect, result }: Props) {
  return (
    <fieldset className="answer-choices" disabled={result !== undefined} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const isAnswer = result?.correct === choice.value;
        const isGiven = result?.given === choice.value;
        const mark = isAnswer ? 'is-answer' : isGiven ? 'is-wrong' : '';
        return (
          <label key={String(choice.value)} className={`choice-card ${mark}`}>
            <input
              type="radio"
              name={name}
              value={String(choice.value)}
              checked={(result?.given ?? selected) === choice.value}
              onChange={() => onSelect(choice.value)}
            />
            <span className="choice-text">{choice.label}</span>
            {(isAnswer || isGiven) && (
              <span className="choice-mark">
                <span aria-hidden="true">{isAnswer ? '✓ ' : '✕ '}</span>
                {[isGiven ? t.yourAnswer : undefined, isAnswer ? t.correctAnswer : undefined]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
