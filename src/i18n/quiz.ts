/**
 * The words of the quiz.
 * Split from messages.ts so this text loads only with the pages that show it (docs/decisions/003).
 */
export const quizMessages = {
  title: 'Test what you know',
  description:
    'Short questions on the four models and the evidence, with the answer, an explanation and sources after each one.',
  count: (n: number) => `${n} questions. After each answer you see why, with the sources.`,
  kinds:
    'Two kinds of question: “Which model is this?”, where you sort a described law into one of the four models or a hybrid, and multiple choice.',
  start: 'Start the quiz',
  resume: (n: number) => `Continue with question ${n}`,
  answeredSoFar: (answered: number, right: number, total: number) =>
    `So far you have answered ${answered} of ${total} questions and got ${right} right.`,
  seeResults: 'See your results',
  startAgain: 'Start the quiz again',
  cleared: 'Your answers were cleared.',
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  progress: (answered: number, right: number, total: number) => `${answered} of ${total} answered · ${right} right`,
  questionNav: 'Questions',
  next: 'Next question',
  previous: 'Previous question',
  finish: 'See your results',
  resultsTitle: 'Your results',
  resultsDescription: 'Your quiz score and the scenarios worth another look. Your answers stay on this device.',
  score: (right: number, answered: number) => `${right} right out of ${answered} answered so far.`,
  unanswered: (n: number) => `${n} ${n === 1 ? 'question is' : 'questions are'} still unanswered.`,
  noneYet: 'You have not answered any questions yet.',
  yourAnswers: 'Question by question',
  resultRight: 'Right',
  resultWrong: 'Not right',
  resultOpen: 'Not answered',
  revisit: 'Scenarios worth revisiting',
  revisitText: 'These scenarios are linked to the questions you missed.',
  revisitNone: 'You missed none of the questions that point to a scenario. Browse them all to go further.',
  progressNote: 'Your answers are kept only on this device. Nothing is sent anywhere.',
  progressReset: 'Your saved answers could not be read, so they were reset.',
  progressRecovered: 'Some of your saved answers could not be read and were left out.',
  progressUnsaved:
    'This browser is not letting the site save anything (its storage is blocked or full). The quiz works, but your answers will be forgotten when you close this page.',
} as const;
