/**
 * Rules for data/scenarios/: no rating says more than its evidence without saying so, and every
 * scenario that mentions violence or police abuse warns the reader with a content note.
 */
import type { Scenario } from '../schemas';
import { MODEL_IDS, DIMENSIONS, ratingOutrunsEvidence } from '../vocabulary';
import type { ContentIssue } from './issues';
import { formatPath } from './issues';
import { eachText } from './walk-text';

/** A reason that admits the limits of its evidence. */
const SAYS_LIMITED =
  /\b(?:limited|little|few|thin|small|weak|early|observational|unclear|contested|disputed|not (?:yet )?(?:measured|studied|known|clear))\b/i;

/** Mentions of violence, sexual violence or police abuse: such a scenario needs a content note. */
const DIFFICULT = new RegExp(
  [
    String.raw`\bviolen(?:ce|t)\b`,
    String.raw`\bassault(?:s|ed)?\b`,
    String.raw`\brap(?:e|ed|es)\b`,
    String.raw`\bsexual(?:ly)? abuse`,
    String.raw`\bbeat(?:en|ing)?\b`,
    String.raw`\bthreat(?:s|en|ened|ening)?\b`,
    String.raw`\bextort(?:ion|ed|s)?\b`,
    String.raw`\bharass(?:ment|ed)?\b`,
    String.raw`\bentrap(?:ment)?\b`,
    String.raw`\bpolice (?:abuse|violence|raids?|stops?|sweeps?)\b`,
    String.raw`\bstopped and searched\b`,
  ].join('|'),
  'i',
);

export function checkScenarios(scenarios: readonly Scenario[], issues: ContentIssue[]): void {
  for (const scenario of scenarios) {
    const file = `data/scenarios/${scenario.id}.yaml`;
    for (const modelId of MODEL_IDS) {
      const outcome = scenario.outcomes[modelId];
      for (const dimension of DIMENSIONS) {
        const rating = outcome.ratings[dimension];
        if (!rating || rating.basis !== 'observed' || !ratingOutrunsEvidence(rating.level, outcome.confidence))
          continue;
        if (SAYS_LIMITED.test(rating.reason)) continue;
        issues.push({
          file,
          field: `outcomes.${modelId}.ratings.${dimension}.reason`,
          message: `rates observed outcomes as "${rating.level}" on ${outcome.confidence} evidence: say in the reason that the evidence is limited, rate the law on paper instead (basis: law), or rate it "mixed"`,
        });
      }
    }
    if (scenario.contentNote) continue;
    const { contentNote: _none, related: _related, topics, ...prose } = scenario;
    if (topics.includes('violence')) {
      issues.push({
        file,
        field: 'contentNote',
        message: 'this scenario is tagged "violence", so it needs a content note naming the topic',
      });
      continue;
    }
    let first: { word: string; path: PropertyKey[] } | undefined;
    eachText(prose, (text, path) => {
      const found = first ? null : DIFFICULT.exec(text);
      if (found) first = { word: found[0], path };
    });
    if (first) {
      issues.push({
        file,
        field: 'contentNote',
        message: `${formatPath(first.path)} mentions "${first.word}", so the scenario needs a content note naming the topic (violence, sexual violence or police abuse)`,
      });
    }
  }
}
