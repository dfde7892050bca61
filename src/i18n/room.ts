/**
 * The words of a workshop room: the facilitator's panel on "Predict, then reveal" and the page
 * participants open on their phones. Loaded only with those (docs/decisions/003).
 */
const minutes = (seconds: number) => {
  const n = Math.max(1, Math.ceil(seconds / 60));
  return `${n} ${n === 1 ? 'minute' : 'minutes'}`;
};

/** What each refusal from the room server means (one per reason in room/protocol.ts). */
const refusals = {
  'unknown-code': (code) => `No room has the code ${code}. Check the code on the screen and try again.`,
  closed: (code) => `Room ${code} has closed. Nothing from it was kept.`,
  full: (code) =>
    `Room ${code} is full: it has as many phones as its server allows. You can follow on the screen, and tell the facilitator.`,
  'too-many-rooms': () =>
    'The room server has as many rooms open as it allows. Close a room you no longer need, or restart the server with a higher limit (--max-rooms).',
  'too-many-guesses': (_code, retryAfter) =>
    `Too many wrong codes from this network. Wait ${minutes(retryAfter)}, then try again.`,
  'not-facilitator': () => 'This page no longer holds the key to the room, so it cannot run it. Open a new room.',
  'not-joined': () => 'Reconnecting to the room…',
  'answers-closed': () => 'Answers are closed: the evidence is being shown.',
  'stale-question': () => 'The question has just changed.',
  busy: () => 'The room server is at its limit of connections. Trying again…',
  gone: (code) => `Room ${code} did not come back. If the screen shows a new code, enter it here.`,
  elsewhere: () => 'This room is now open in another tab or window.',
  invalid: () =>
    'The room server did not understand this page. Reload it; if that does not help, the site and the room server are different versions.',
  'too-large': () => 'That was more than the room server accepts.',
  flood: () => 'Too many requests in a short time. Wait a few seconds.',
  origin: () =>
    'The room server does not accept requests from this site. Whoever runs it can allow it (ROOM_ALLOW_ORIGINS).',
} satisfies Record<string, (code: string, retryAfter: number) => string>;

export const roomMessages = {
  refusals,
  host: {
    heading: 'Answers from phones',
    intro:
      'Everyone can answer on their own phone: no app, no name, no account. Only the counts reach this screen, and the room forgets every answer when you close it.',
    open: 'Open a room',
    opening: 'Opening the room…',
    joinHeading: 'Answer on your phone',
    joinSteps: 'Scan the code, or open this address and type the room code:',
    codeLabel: 'Room code',
    qrLabel: (url: string) => `QR code for ${url}`,
    presence: (phones: number, answered: number) =>
      `${phones} ${phones === 1 ? 'phone' : 'phones'} connected · ${answered} answered`,
    connecting: 'Connecting to the room server…',
    live: 'Live: answers arrive as people send them.',
    reconnecting: 'Connection lost: reconnecting. Answers already shown are kept.',
    newCode: (code: string) =>
      `The room came back under a new code, ${code}: show it to the room again. Every answer is kept.`,
    fullScreen: 'Show the code full screen',
    projectorLabel: 'The room code, full screen',
    close: 'Close the room',
    confirmClose: 'Close the room for everyone? Its answers are forgotten.',
    confirmYes: 'Yes, close it',
    confirmNo: 'Keep it open',
    closed: 'The room is closed and its answers are forgotten.',
    closedIdle: 'The room closed after a long time without activity, and its answers are forgotten.',
    openAgain: 'Open a new room',
    takeBack: 'Run the room from here',
    countsCaption: (dimension: string) => `Answers from phones so far, for ${dimension}`,
    handNote: 'Anyone answering without a phone: count them in the table below. The result adds both.',
    revealNote: 'When you reveal the evidence, phones show the result too.',
  },
  join: {
    eyebrow: 'Workshop room',
    title: 'Answer from your phone',
    description:
      'Join a workshop room with its code and answer from your phone. No name, no account; the room forgets every answer when it closes.',
    intro:
      'Answer the workshop’s question on your phone. You do not need a name or an account, and the room forgets every answer when it closes.',
    codeLabel: 'Room code',
    codeHint: '5 letters and numbers, shown on the screen',
    join: 'Join',
    badCode: 'A room code has 5 letters and numbers, like K7M2Q. Check the screen and try again.',
    noServer:
      'Answering from phones needs the room server that the facilitator runs, and this copy of the guide is not served by one. Open the address shown on the screen instead.',
    noScript: 'Answering from your phone needs JavaScript. You can still follow on the screen.',
    checking: 'Looking for the room server…',
    joining: (code: string) => `Joining room ${code}…`,
    waiting: 'The room server restarted: waiting for the room to come back. Your answers are safe.',
    inRoom: (code: string) => `Room ${code}`,
    reconnecting: 'Connection lost: reconnecting…',
    questionFor: (dimension: string) => `For ${dimension}: under each model, will it be better, mixed or worse?`,
    saved: 'Saved. You can change your answer until the evidence is shown.',
    saving: 'Saving…',
    unsent: 'Not sent yet: your answer goes as soon as the connection is back.',
    revealedHeading: 'The room’s prediction beside the evidence',
    revealedIntro:
      'Answers are closed for this question. This is what the room predicted, and what the evidence shows.',
    loadingQuestion: 'Loading the question…',
    loadFailed: 'Could not load the question. Check your connection, then reload this page.',
    leave: 'Leave the room',
    left: 'You left the room. Your answers count until the room closes, and then they are forgotten.',
    closed: 'The room has closed. Thank you for taking part: nothing you answered was kept.',
    closedIdle: 'The room closed after a long time without activity. Nothing you answered was kept.',
    another: 'Enter another code',
    answerHere: 'Answer here instead',
    privacy: 'What the room server sees and keeps',
  },
} as const;
