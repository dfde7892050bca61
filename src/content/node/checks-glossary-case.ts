/**
 * Glossary links keep the case of their sentence (walkthrough P14: "charged with Brothel-keeping").
 * `[[term-id]]` is cased when it is shown; a link with its own words must write them as the
 * sentence needs: lower case mid-sentence, unless the term is a name (keepCase) or an acronym.
 */
import { isAcronym, splitGlossaryLinks } from '../glossary-links';
import type { GlossaryTerm } from '../schemas';
import type { ContentIssue } from './issues';
import { formatPath } from './issues';
import { eachText } from './walk-text';

const ID_LIKE = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

export function checkGlossaryCase(
  entries: readonly { file: string; value: unknown }[],
  glossary: readonly GlossaryTerm[],
  issues: ContentIssue[],
): void {
  const terms = new Map(glossary.map((g) => [g.id, g]));
  for (const { file, value } of entries) {
    eachText(value, (text, path) => {
      for (const part of splitGlossaryLinks(text)) {
        if (part.kind !== 'term' || part.label === undefined) continue;
        const entry = terms.get(part.id);
        if (!entry) continue;
        const problem = caseProblem(part.label, part.atSentenceStart, entry);
        if (problem)
          issues.push({
            file,
            field: formatPath(path),
            message: `glossary link [[${part.label}|${part.id}]] ${problem}`,
          });
      }
    });
  }
}

function caseProblem(label: string, atSentenceStart: boolean, entry: GlossaryTerm): string | undefined {
  if (ID_LIKE.test(label) && !entry.term.includes('-')) {
    return `shows "${label}", which reads like an id; write the words readers should see, e.g. "${label.replace(/-/g, ' ')}"`;
  }
  if (atSentenceStart || entry.keepCase || isAcronym(label)) return undefined;
  const first = label.charAt(0);
  if (first === first.toLowerCase()) return undefined;
  // Only words built on the term itself: a label may start with a name ("Sweden's law").
  const stem = entry.term.slice(0, 4).toLowerCase();
  if (!label.toLowerCase().startsWith(stem)) return undefined;
  return `is capitalised in the middle of a sentence; write "${first.toLowerCase()}${label.slice(1)}" (or set keepCase: true on data/glossary/${entry.id}.yaml if the term is a name)`;
}
