/**
 * The words of the quick exit and privacy pages.
 * Split from messages.ts so this text loads only with the pages that show it (docs/decisions/003).
 * The quick exit button itself is on every page, so its words stay in messages.safety.
 */
export const safetyMessages = {
  quickExitTitle: 'Leaving this site quickly',
  quickExitIntro:
    'If someone might see what you are reading, use “Exit this page” at the top of every page, or press the Shift key three times. The page is replaced by a weather site, and the Back button will not bring this page back.',
  doesHeading: 'What quick exit does',
  does: [
    'It replaces this page with a neutral site straight away.',
    'It removes this page from the Back button of this tab.',
  ],
  doesNotHeading: 'What quick exit does not do',
  doesNot: [
    'It does not delete pages you visited before from your browser history. Other pages of this site you opened earlier may still be listed.',
    'It does not hide your browsing from someone who monitors your device, your network, or your accounts.',
    'It does not close other tabs or windows that show this site.',
  ],
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
    'On your phone: the room code and the random number stay in this tab until you close it or leave the room. They are listed above while they are there, and “Clear my data” removes them.',
  ],
  storedHeading: 'What is stored on this device',
  storedNothing: 'Nothing is stored on this device right now.',
  storedSome: 'These settings are stored in this browser only:',
  storageNames: {
    'swl:content-notes': 'How content notes open',
    'swl:learn-progress': 'Your place in the guided path',
    'swl:quiz-progress': 'Your quiz answers',
    'swl:room-host': 'A workshop room you opened: its code, its key and the answers so far, so a reload loses nothing',
    'swl:room-join': 'A workshop room you joined: its code and a random number that makes your answer count once',
  },
  thisTabOnly: '(in this tab only, until you close it or leave the room)',
  clear: 'Clear my data',
  cleared: 'Done: nothing from this site is stored on this device now.',
  contentNotesHeading: 'Content notes',
  contentNotesText:
    'Some scenarios describe violence or abuse. Their details stay folded behind a note until you open them. You can change that here.',
  contentNotesFold: 'Fold the details until I open them',
  contentNotesShow: 'Always show the details',
} as const;
