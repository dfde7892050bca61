import type { ContentStats } from './load-content';

export function summaryLine(stats: ContentStats, problems: number): string {
  return (
    `content: ${stats.models} models, ${stats.scenarios} scenarios, ${stats.outcomes} outcomes, ` +
    `${stats.sources} sources, ${stats.citations} citations, ${stats.glossary} glossary terms, ` +
    `${stats.myths} myths, ${stats.recommendations} recommendations, ${stats.jurisdictions} jurisdictions, ` +
    `${stats.questions} questions, ${stats.decks} decks, ` +
    `${stats.unresolved} unresolved references, ${stats.uncitedOutcomes} uncited outcomes` +
    (problems > 0 ? ` — ${problems} problem${problems === 1 ? '' : 's'} to fix` : ' — all good')
  );
}
