/**
 * Glossary links inside content text: `[[term-id]]` or `[[shown words|term-id]]`.
 * Pure string handling, shared by the build (which checks the ids and their case) and the UI
 * (which renders links).
 *
 * A linked term keeps the case of the sentence it sits in: "charged with brothel-keeping", but
 * "Brothel-keeping is…" at the start of a sentence. Glossary headings are written with a capital
 * ("Brothel-keeping"); names ("Nordic model", keepCase) and acronyms ("HIV") keep theirs.
 */
export type TextPart =
  { kind: 'text'; value: string } | { kind: 'term'; id: string; label: string | undefined; atSentenceStart: boolean };

export type TermPart = Extract<TextPart, { kind: 'term' }>;

/** What the case rules need to know about a glossary entry. */
export interface TermName {
  term: string;
  keepCase?: boolean;
}

const LINK = /\[\[([^[\]|]+?)(?:\|([^[\]|]+?))?\]\]/g;

/** The text before a link ends a sentence, or there is no text before it (opening quotes aside). */
const SENTENCE_START = /(?:^|[.!?]["'”’)\]]*\s+)["'“‘([]*$/;

export function splitGlossaryLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', value: text.slice(last, start) });
    const [, first, second] = match;
    const id = (second ?? first ?? '').trim();
    const label = second === undefined ? undefined : first?.trim();
    parts.push({ kind: 'term', id, label, atSentenceStart: SENTENCE_START.test(plainBefore(text.slice(0, start))) });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', value: text.slice(last) });
  return parts;
}

/** The words a link shows, in the case of its sentence. */
export function linkText(part: TermPart, entry: TermName | undefined): string {
  const words = part.label ?? (entry ? inSentence(entry) : part.id.replace(/-/g, ' '));
  return part.atSentenceStart ? upperFirst(words) : words;
}

/** A glossary term as it is written inside a sentence: "brothel-keeping", "Nordic model", "HIV". */
export function inSentence({ term, keepCase }: TermName): string {
  return keepCase || isAcronym(term) ? term : term.charAt(0).toLowerCase() + term.slice(1);
}

/** Starts with two capitals: HIV, STIs. */
export function isAcronym(words: string): boolean {
  return /^[A-Z]{2}/.test(words);
}

function upperFirst(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The reader's text before a link: earlier links count as words, so "[[a]]. [[b]]" starts anew. */
function plainBefore(text: string): string {
  return text.replace(LINK, 'x');
}

/** The ids of every glossary term a text links to. */
export function glossaryIdsIn(text: string): string[] {
  return splitGlossaryLinks(text).flatMap((p) => (p.kind === 'term' ? [p.id] : []));
}

/** The text as a reader sees it, with link markup removed (for titles, meta descriptions). */
export function plainText(
  text: string,
  termName: (id: string) => string | TermName | undefined = () => undefined,
): string {
  return splitGlossaryLinks(text)
    .map((p) => {
      if (p.kind === 'text') return p.value;
      const name = termName(p.id);
      return linkText(p, typeof name === 'string' ? { term: name } : name);
    })
    .join('');
}
