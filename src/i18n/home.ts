/**
 * The words of the home page (and the model summaries it shares with the models index).
 * Split from messages.ts so this text loads only with the pages that show it (docs/decisions/003).
 */
export const homeMessages = {
  title: 'How the law shapes sex workers’ lives',
  intro:
    'Countries handle sex work in four broad ways. This guide shows, through everyday scenarios, how each one changes a sex worker’s safety, access to health care, and ability to report crime to police. Every claim links to its source.',
  modelsHeading: 'The four models at a glance',
  startLearning: 'Start learning',
  /** The one time estimate for the guided path, computed from its steps (data/paths/learn.yaml). */
  pathTime: (steps: number, minutes: number) => `${steps} short steps, about ${minutes} minutes in all`,
  browseScenarios: 'Browse the scenarios',
  otherWays: 'Or go straight to',
  ways: {
    scenarios: { name: 'Scenarios', text: 'Everyday situations, and what happens under each model' },
    compare: { name: 'Compare the models', text: 'Every scenario side by side, on safety, health or police' },
    places: { name: 'Places', text: 'Where each model applies, on a map and in a list' },
    myths: { name: 'Myths and evidence', text: 'Common beliefs, checked against the evidence' },
    present: { name: 'Present to a class', text: 'Slide decks with speaker notes and a presenter view' },
    workshop: { name: 'Run a workshop', text: 'Facilitator guides, “predict, then reveal” and printable cards' },
    quiz: { name: 'Test what you know', text: 'A short quiz; your answers stay on this device' },
  },
  hybridNote:
    'The four models are a simplification. Many places mix them: in England and Wales, for example, selling sex is legal but much around it is a crime.',
} as const;
