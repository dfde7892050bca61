/**
 * The words of workshop mode: the facilitator guide, predict-then-reveal, the timer and printed cards.
 * Split from messages.ts so this text loads only with the pages that show it (docs/decisions/003).
 */
export const workshopMessages = {
  index: {
    title: 'Run a workshop',
    intro:
      'Facilitator guides for running a session with a group: aims, a timing plan, materials, the predict-then-reveal activity, a discussion timer and printable scenario cards.',
    ownHeading: 'A workshop from your own deck',
    ownText:
      'Build a deck from any scenarios, models and comparisons; its facilitator guide lists its scenarios with general prompts for discussion.',
  },
  front: {
    close: 'Close (Esc)',
  },
  timer: {
    heading: 'Small-group discussion timer',
    label: 'Time left',
    minutes: 'Minutes',
    start: 'Start',
    pause: 'Pause',
    reset: 'Reset',
    started: (minutes: number) => `Timer started: ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    paused: 'Timer paused.',
    done: 'Time is up.',
    fullScreen: 'Show the timer full screen',
    fullScreenLabel: 'Discussion timer, full screen',
    sound: 'Sound a chime when time is up',
  },
  predict: {
    eyebrow: 'Predict, then reveal',
    heading: 'The room’s prediction',
    help: 'Ask everyone to predict how this turns out under each model. Count the answers (for example, sticky notes in one colour per model): tap a cell once for each note, and undo a tap if you miscount. Then reveal the evidence. “Clear the hand counts” takes away only the counts made on this page: answers from phones in an open room stay in the result.',
    options: 'Prediction options',
    /** Clears the counts made by hand only: a room's phone answers are the room's, and stay. */
    clear: 'Clear the hand counts',
    caption: (dimension: string) => `How many people predicted each rating, for ${dimension}`,
    model: 'Model',
    total: 'Total',
    cell: (model: string, rating: string) => `${model}, ${rating}: number of people`,
    addOne: (model: string, rating: string, count: number) => `${model}, ${rating}: ${count}. Tap to add one`,
    added: (what: string, count: number) => `${what}: now ${count}.`,
    undone: (what: string, count: number) => `Took back one: ${what}, now ${count}.`,
    undo: 'Undo the last tap',
    typeCounts: 'Type the counts instead',
    project: 'Show the result full screen',
    projectorLabel: (scenario: string) => `Prediction beside the evidence, full screen: ${scenario}`,
    projectorQuestion: (dimension: string) => `${dimension}: what the room predicted, and what the evidence shows`,
    evidenceHeading: 'Prediction beside the evidence',
    reveal: 'Reveal the evidence',
    hide: 'Hide the evidence',
    roomPredicted: 'The room predicted',
    noPrediction: 'No prediction recorded.',
    share: (count: number, percent: number) => `${count} (${percent}%)`,
    evidence: 'The evidence',
    matches: (rating: string) => `Most of the room predicted “${rating}”, as the evidence suggests.`,
    differs: (predicted: string[], rating: string) =>
      predicted.length === 1
        ? `Most of the room predicted “${predicted[0]}”; the evidence points to “${rating}”.`
        : `The room was split between ${predicted.map((p) => `“${p}”`).join(' and ')}; the evidence points to “${rating}”.`,
    fullScenario: 'Open the full scenario, with every explanation and source',
    pageTitle: (scenario: string) => `Predict, then reveal: ${scenario}`,
    description:
      'A workshop activity: the room predicts what happens under each legal model, then sees its prediction beside the evidence.',
  },
  guide: {
    eyebrow: 'Facilitator guide',
    pageTitle: (deck: string) => `Facilitator guide: ${deck}`,
    description: 'Aims, timing, materials and discussion prompts for running this session as a workshop.',
    print: 'Print this guide',
    noPlan:
      'This deck was built by hand, so it has no timing plan or materials list. Below are its scenarios with general prompts for discussion.',
    aims: 'Aims',
    timing: 'Timing plan',
    timingCaption: (total: number) => `Timing plan, ${total} minutes in all`,
    when: 'When (minutes)',
    minutes: 'Minutes',
    activity: 'Activity',
    range: (from: number, to: number) => `${from}–${to}`,
    total: 'Total',
    materials: 'Materials',
    scenarios: 'Scenarios and discussion prompts',
    onSlide: (n: number) => `Slide ${n}`,
    predictPrompt: 'Prediction prompt (with the question, before the reveal)',
    prompts: 'Discussion prompts (after the reveal)',
    generalPromptsHeading: 'General discussion prompts (after the reveal)',
    predict: 'Predict, then reveal',
  },
  cards: {
    title: (deck: string) => `Scenario cards: ${deck}`,
    intro:
      'Each card prints on two pages: the situation and prompts on the front, the four outcomes on the back. Print double-sided to get one sheet per card.',
    print: 'Print the cards',
    none: 'This deck has no scenarios.',
    front: (scenario: string) => `Front of the card: ${scenario}`,
    back: (scenario: string) => `Back of the card: ${scenario}`,
    backHeading: (scenario: string) => `What happens under each model: ${scenario}`,
  },
} as const;
