/**
 * The words of the home page (and the model summaries it shares with the models index).
 * Split from messages.ts so this text loads only with the pages that show it (docs/decisions/003).
 */
export const homeMessages = {
  title: 'How the law shapes sex workers’ lives',
  intro:
    'Countries handle sex work in four broad ways. This guide shows, through everyday scenarios, how each one changes a sex worker’s safety, access to health care, and ability to report crime to police. Every claim links to its source.',
  modelsHeading: 'The four models at a glance',
  waysInHeading: 'Ways in',
  ways: {
    learn: {
      title: 'Learn on your own',
      text: 'Follow a guided path of short steps at your own pace, then test what you know. Your place is kept only on this device.',
    },
    present: { title: 'Present to a class', text: 'Ready-made slide decks for a projector, with speaker notes and a presenter view. They work with a keyboard or a clicker.' },
    share: { title: 'Share a scenario', text: 'Every card and comparison has a link that opens exactly that view.' },
    workshop: { title: 'Run a workshop', text: 'Facilitator guides, a “predict, then reveal” activity, a discussion timer and printable scenario cards.' },
  },
  learnPath: 'Learn step by step (about 20 minutes)',
  takeQuiz: 'Test what you know',
  browseScenarios: 'Browse the scenarios',
  openCompare: 'Open the comparison',
  openDecks: 'Open the slide decks',
  openWorkshops: 'Plan a workshop',
  hybridNote:
    'The four models are a simplification. Many places mix them: in England and Wales, for example, selling sex is legal but much around it is a crime.',
} as const;
