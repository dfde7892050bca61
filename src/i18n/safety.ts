/**
 * The words of the quick exit and privacy pages.
 * Split from messages.ts so this text loads only with the pages that show it (docs/decisions/003).
 * The quick exit button itself is on every page, so its words stay in messages.safety.
 */
const kB = (bytes: number) =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** A workshop room is kept in one tab's session storage, which no other tab (nor this page) can see. */
const OTHER_TABS =
  'The one exception would be a workshop room open in another tab of this site: that tab keeps it to itself until the tab is closed, and this page cannot see or remove it.';

export const safetyMessages = {
  quickExitTitle: 'Leaving this site quickly',
  quickExitIntro:
    'If someone might see what you are reading, use “Exit this page” at the top of every page, or press the Shift key three times. The page is replaced by a weather site, and the Back button will not bring this page back.',
  doesHeading: 'What quick exit does',
  does: [
    'It replaces this page with a neutral site straight away.',
    'It removes this page from the Back button of this tab.',
    'It also takes away every other window or tab of this site open in this browser, such as a presenter view.',
    'It forgets a workshop room you opened or joined in this tab (and in the other windows it takes away), so Back cannot rejoin the room. A room you opened stays on the room server until it closes after a time with no activity.',
  ],
  doesNotHeading: 'What quick exit does not do',
  doesNot: [
    'Back can still show the page you read before this one on this site, unless you turn on “Leave no trail” below.',
    'It does not delete pages you visited from your browser history. Other pages of this site you opened earlier may still be listed.',
    'Apart from a workshop room, it does not delete what this site keeps on your device (your settings, your progress, pages kept for offline use). The privacy page lists all of it and can remove it.',
    'It does not hide your browsing from someone who monitors your device, your network, or your accounts.',
  ],
  noScriptHeading: 'If JavaScript is turned off',
  noScript:
    'With JavaScript off (for example in Tor Browser’s safest setting), “Exit this page” is an ordinary link and Shift does nothing. The neutral site opens, but Back returns to the very page you left. Close the tab instead, or use a private window.',
  trailHeading: 'Leave no trail',
  trailText:
    'When this is on, moving between pages of this site does not add to the Back button: this tab keeps one entry for the whole visit, so Back after quick exit leaves this site altogether. The site also keeps no copy of pages for offline use. The cost: Back no longer takes you to the page you read before, and pages do not open offline.',
  trailLabel: 'Leave no trail in this browser',
  trailStoredNote:
    'This choice itself is remembered on this device, so it lasts between visits; “Clear my data” on the privacy page removes it.',
  trailOn:
    'Leave no trail is on. Pages of this site now replace each other in the Back button, and nothing is kept for offline use.',
  trailOnRemoved: (files: number) =>
    `Leave no trail is on. ${plural(files, 'file', 'files')} kept for offline use were removed from this device.`,
  trailOff:
    'Leave no trail is off. Pages add to the Back button as usual, and pages you open are kept for offline use.',
  privateHeading: 'Browsing more privately',
  private: [
    'Use a private or incognito window: when you close it, the browser forgets the pages you visited in it.',
    'If you did not use a private window, you can delete this site from your browser history in your browser’s settings.',
    'If you think your phone or computer is being monitored, use a device the other person cannot reach, such as one at a library or a friend’s.',
  ],
  privacyTitle: 'Privacy and settings',
  privacyIntro:
    'This site makes no requests to any other website. It uses no cookies, no analytics and no tracking. Nothing you do here leaves your device, unless you answer in a workshop room (below).',
  roomHeading: 'Workshop rooms: answering from your phone',
  room: [
    'A facilitator can run a room server, on their own laptop or on a server their organisation runs, so that people in a workshop can answer from their phones. Only the workshop pages talk to it, and only to the room server that serves this site (or the one it was set up to use).',
    'What the room server sees: the room code you type, a random number your browser makes for this tab (so your answer counts once and you can change it), your answers, and, as any server does, your device’s network address while it is connected. It never asks for a name, an account or an email, and it sets no cookies.',
    'What it keeps: answers stay in the server’s memory only while the room is open. They are forgotten when the facilitator closes the room, when the server stops, or after a time with no activity (an hour, unless the facilitator sets another). The server writes nothing to disk and keeps no log of addresses. To slow down anyone guessing room codes, it counts wrong codes for a few minutes under a scrambled form of the network address, which it cannot turn back into the address.',
    'Who sees what: the facilitator and the room see how many people chose each answer, never who chose what. After the reveal, your phone shows the same totals as the screen.',
    'On your phone: the room code and the random number stay in this tab until you close it or leave the room. They are listed below while they are there, and “Clear my data” removes them.',
  ],
  storedHeading: 'What is stored on this device',
  storedChecking: 'Checking what this site keeps on this device…',
  storedNothing: `Nothing from this site is stored on this device right now. ${OTHER_TABS}`,
  storedNoScript:
    'This page needs JavaScript to list what this site keeps on this device. With JavaScript off, the site keeps nothing.',
  storedSome: 'This site keeps these in this browser only:',
  stored: {
    contentNotes: (shown: boolean) =>
      `How content notes open: ${shown ? 'details always shown' : 'details folded until you open them'}.`,
    learnPlace: (step: number, total: number, done: number) =>
      `Your place in the guided path: step ${step} of ${total}, ${done} done.`,
    learnDone: (done: number, total: number) => `Your place in the guided path: ${done} of ${total} steps done.`,
    learnUnreadable: 'Your place in the guided path (saved, but it could not be read).',
    quiz: (answered: number) => `Your quiz answers: ${plural(answered, 'question', 'questions')} answered.`,
    quizUnreadable: 'Your quiz answers (saved, but they could not be read).',
    leaveNoTrail: 'Your choice to leave no trail (on).',
    offlineCopy: (files: number, bytes: number) =>
      `Pages and files kept so they open offline: ${plural(files, 'file', 'files')} (${kB(bytes)}).`,
    savedGuide: (date: string) => `This includes the whole guide, which you saved for offline use on ${date}.`,
    worker: 'The offline helper (a “service worker”) that keeps them and answers for them when you are offline.',
    room: {
      roomHost:
        'A workshop room you opened: its code, its key and the answers so far, so a reload loses nothing (in this tab only, until you close it or close the room).',
      roomJoin:
        'A workshop room you joined: its code and a random number that makes your answer count once (in this tab only, until you close it or leave the room).',
    },
  },
  sessionNote:
    'Apart from a workshop room you opened or joined (listed above while it is there), nothing is kept in this tab’s session storage. Where you had scrolled to on each page is kept with this tab’s history only, and goes when the tab is closed.',
  clear: 'Clear my data',
  clearing: 'Removing…',
  cleared: (removed: string[]) =>
    `Removed from this device: ${removed.join('; ')}. Nothing from this site is stored on this device now. ${OTHER_TABS}`,
  clearedNothing: `There was nothing from this site to remove. Nothing from this site is stored on this device now. ${OTHER_TABS}`,
  clearedNames: {
    contentNotes: 'how content notes open',
    learnProgress: 'your place in the guided path',
    quizProgress: 'your quiz answers',
    leaveNoTrail: 'your choice to leave no trail',
    offlineCopy: (files: number, bytes: number) =>
      `${plural(files, 'page or file', 'pages and files')} kept for offline use (${kB(bytes)})`,
    worker: 'the offline helper (service worker)',
    room: {
      roomHost: 'the workshop room you opened, in this tab',
      roomJoin: 'the workshop room you joined, in this tab',
    },
  },
  clearedAgain:
    'The next time you open a page of this site, it will be kept for offline use again. To stop that, turn on “Leave no trail” on the quick exit page.',
  historyNote: 'Your browser’s history may still list pages of this site: delete them in your browser’s settings.',
  contentNotesHeading: 'Content notes',
  contentNotesText:
    'Some scenarios describe violence or abuse. Their details stay folded behind a note until you open them. You can change that here.',
  contentNotesFold: 'Fold the details until I open them',
  contentNotesShow: 'Always show the details',
  formatDate: (iso: string) =>
    new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
} as const;
