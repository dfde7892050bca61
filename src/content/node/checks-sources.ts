/**
 * Rules for data/sources/: a source's kind, stance and note must not contradict each other, a
 * peer-reviewed study names its journal, an undated page says so, and no two sources share a
 * label (readers must be able to tell "Amnesty International 2016, Norway" from its siblings).
 */
import type { Source } from '../schemas';
import { sourceLabel } from '../source-label';
import type { ModelId, SourceKind } from '../vocabulary';
import type { ContentIssue } from './issues';

/** Words in a note that rule out a kind: the note describes something the label is not. */
const KIND_CONTRADICTIONS: { says: RegExp; notKinds: SourceKind[]; use: string }[] = [
  {
    says: /\bnot (?:been )?(?:published in a )?peer[- ]reviewed\b|\bnot (?:published )?in a peer[- ]reviewed journal\b/i,
    notKinds: ['peer-reviewed'],
    use: 'conference-paper, commentary or another kind',
  },
  { says: /\b(?:a|the|journal) commentary\b/i, notKinds: ['peer-reviewed', 'official-evaluation'], use: 'commentary' },
  { says: /\bbook chapter\b|\bedited (?:academic )?book\b/i, notKinds: ['peer-reviewed'], use: 'book-or-chapter' },
  {
    says: /\b(?:conference|working) paper\b|\bpaper (?:given|presented) at\b/i,
    notKinds: ['peer-reviewed', 'official-evaluation'],
    use: 'conference-paper',
  },
  {
    says: /\bnot (?:an?|the) (?:official )?evaluation\b/i,
    notKinds: ['official-evaluation'],
    use: 'official-report or official-statement',
  },
  { says: /\bnot the (?:statute|act|law)\b/i, notKinds: ['law'], use: 'official-statement or guide' },
  { says: /\bnews report\b/i, notKinds: ['peer-reviewed', 'official-evaluation', 'law', 'court-ruling'], use: 'news' },
  { says: /\beditorial\b|\bopinion (?:piece|column)\b/i, notKinds: ['news', 'peer-reviewed'], use: 'commentary' },
];

/** Words that say the source argues for (or against) a model; its position must agree. */
const STANCES: { model: ModelId; supports: RegExp }[] = [
  {
    model: 'decriminalisation',
    supports:
      /\b(?:supports?|calls? for|campaigns? for|argues? for|recommends?) (?:full |the )?decriminali[sz]ation\b/i,
  },
  {
    model: 'nordic',
    supports:
      /\b(?:supports?|calls? for|argues? for|recommends?) (?:the )?(?:nordic|abolitionist) (?:model|approach)\b/i,
  },
  {
    model: 'legalisation',
    supports: /\b(?:supports?|calls? for|argues? for|recommends?) (?:legalisation|licensing)\b/i,
  },
];
const CRITICAL_OF_NORDIC = /\bcritic(?:al|s)? of the (?:swedish|norwegian|nordic)\b/i;
/** A note may explain why a source that names a stance takes no side itself. */
const TAKES_NO_SIDE = /\btakes? no side\b/i;

/** A note that says the page is undated: only then may the year be left out. */
const UNDATED = /\bundated\b/i;

export function checkSources(sources: readonly Source[], issues: ContentIssue[]): void {
  const byLabel = new Map<string, string[]>();
  for (const source of sources) {
    const file = `data/sources/${source.id}.yaml`;
    const add = (field: string, message: string) => issues.push({ file, field, message });
    const note = source.note ?? '';

    if (source.kind === 'peer-reviewed') {
      if (!source.journal)
        add(
          'journal',
          'a peer-reviewed study must name its journal, e.g. journal: "PLoS Medicine"; if it was not published in a journal, choose another kind',
        );
      else if (!source.publisher.toLowerCase().includes(source.journal.toLowerCase())) {
        add(
          'journal',
          `journal "${source.journal}" does not appear in publisher "${source.publisher}"; give the same journal name in both`,
        );
      }
    }
    if (source.kind === 'model-projection' && !/\bprojection\b/i.test(note)) {
      add('note', 'a model projection must say in its note that its figures are projections, not observed results');
    }
    for (const rule of KIND_CONTRADICTIONS) {
      const said = rule.says.exec(note);
      if (said && rule.notKinds.includes(source.kind)) {
        add('kind', `kind is "${source.kind}" but the note says "${said[0]}"; use ${rule.use}, or correct the note`);
      }
    }

    if (!TAKES_NO_SIDE.test(note)) {
      for (const stance of STANCES) {
        const said = stance.supports.exec(note);
        if (said && source.position !== stance.model) {
          add(
            'position',
            `the note says the source "${said[0]}" but position is "${source.position}"; set position: ${stance.model}, or say in the note why the source itself takes no side`,
          );
        }
      }
    } else if (source.position !== 'none') {
      add('position', `the note says the source takes no side but position is "${source.position}"`);
    }
    const critical = CRITICAL_OF_NORDIC.exec(note);
    if (critical && source.position === 'none' && !source.against?.includes('nordic')) {
      add(
        'position',
        `the note says the source is "${critical[0]}…" but it is shown as taking no side; add against: [nordic] (or the position it argues for)`,
      );
    }

    if (source.year === undefined && !UNDATED.test(note))
      add(
        'year',
        'give the year of publication; leave it out only for an undated page, and then say "undated" in the note',
      );

    const label = sourceLabel(source);
    byLabel.set(label, [...(byLabel.get(label) ?? []), source.id]);
  }
  for (const [label, ids] of byLabel) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      issues.push({
        file: `data/sources/${id}.yaml`,
        field: 'labelDetail',
        message: `readers would see "${label}" for ${ids.length} sources (${ids.join(', ')}); give each a labelDetail that tells them apart, e.g. labelDetail: "Norway"`,
      });
    }
  }
}
