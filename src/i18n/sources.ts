/**
 * Interface text about sources: the sources pages, each kind's label and what it means, and the
 * words around citations. A file of its own, so the code every page loads does not carry it.
 */
export const sourceMessages = {
  title: 'Sources',
  intro:
    'Every claim in this guide cites at least one of these sources. Each is labelled with its kind, and with the model it argues for where it takes a side.',
  usedIn: 'Cited in',
  position: 'Position',
  open: 'Open the source',
  kinds: {
    law: 'Law',
    'court-ruling': 'Court ruling',
    'official-evaluation': 'Official evaluation',
    'official-report': 'Official report',
    'official-statement': 'Official statement',
    'peer-reviewed': 'Peer-reviewed study',
    'book-or-chapter': 'Book or chapter',
    'conference-paper': 'Conference or working paper',
    'model-projection': 'Model projection',
    'ngo-un-research': 'NGO or UN report',
    commentary: 'Commentary',
    advocacy: 'Advocacy position',
    guide: 'Guide or explainer',
    news: 'News',
  },
  /** What each kind means, shown on its page of the sources list. */
  kindMeanings: {
    law: 'Statutes, regulations and bills, and official copies of them.',
    'court-ruling': 'Judgments and decisions of courts and tribunals.',
    'official-evaluation': 'Studies of what a law did, carried out or commissioned by a government or parliament.',
    'official-report':
      'Reports by a parliament, a government or its research service that describe the law or the evidence without judging a law’s effects.',
    'official-statement':
      'What governments, ministers, agencies and parliaments say: announcements, answers in parliament, guidance and resolutions.',
    'peer-reviewed': 'Research published in a journal after review by other researchers. Each names its journal.',
    'book-or-chapter':
      'Books and chapters of books. An edited book is reviewed by its editors, not always by independent researchers.',
    'conference-paper': 'Papers given at a conference or shared before, or without, review by other researchers.',
    'model-projection': 'Estimates from a model of what could happen. They are projections, not observed results.',
    'ngo-un-research':
      'Research and reports by non-governmental organisations, UN agencies and UN experts. Many take a side.',
    commentary: 'Argued opinion: journal commentaries, editorials and opinion columns. They bring no new data.',
    advocacy: 'The stated positions and campaign material of organisations that argue for a model.',
    guide:
      'Practical guides, answers to common questions and explainers about the law, from services, sex worker organisations and legal websites. Not legal advice.',
    news: 'News reports and news analysis.',
  },
  noDate: 'n.d.',
  positions: {
    decriminalisation: 'Argues for decriminalisation',
    nordic: 'Argues for the Nordic model',
    legalisation: 'Argues for legalisation',
    criminalisation: 'Argues for criminalisation',
    none: 'Takes no side',
  },
  against: {
    criminalisation: 'Argues against criminalisation',
    legalisation: 'Argues against legalisation',
    nordic: 'Argues against the Nordic model',
    decriminalisation: 'Argues against decriminalisation',
  },
  confidence: { verified: 'Checked against the source', 'partially-verified': 'Partly checked' },
  byKind: 'They are listed by kind, each with where in this guide it is cited.',
  kindNav: 'Kinds of source',
  kindCount: (kind: string, count: number) => `${kind} (${count})`,
  kindDescription: (kind: string) => `${kind} cited in this guide, each with where it is cited.`,
  sourceDescription: (kind: string, uses: number) =>
    `${kind}, cited ${uses === 1 ? 'once' : `${uses} times`} in this guide.`,
  kindsPlural: {
    law: 'Law',
    'court-ruling': 'Court rulings',
    'official-evaluation': 'Official evaluations',
    'official-report': 'Official reports',
    'official-statement': 'Official statements',
    'peer-reviewed': 'Peer-reviewed studies',
    'book-or-chapter': 'Books and chapters',
    'conference-paper': 'Conference and working papers',
    'model-projection': 'Model projections',
    'ngo-un-research': 'NGO and UN reports',
    commentary: 'Commentary',
    advocacy: 'Advocacy positions',
    guide: 'Guides and explainers',
    news: 'News',
  },
  showCitation: (label: string) => `Full citation for ${label}`,
  fullCitation: 'The full citation, and where else it is cited',
} as const;
