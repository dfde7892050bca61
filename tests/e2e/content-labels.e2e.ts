/**
 * Evidence labels in Chromium (issue 15): every new kind of source shows its label, sources that
 * share authors and year are told apart on a scenario page, and the comparison and the compare
 * slide show each rating's basis and confidence beside it. Expectations come from the built
 * content, so they follow the data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ScenarioSummary, SourcesOverview } from '../../src/content/payloads';
import { sourceLabel } from '../../src/content/source-label';
import { ratingOutrunsEvidence, type SourceKind } from '../../src/content/vocabulary';
import { messages } from '../../src/i18n/messages';
import { sourceMessages } from '../../src/i18n/sources';
import { setupBrowser } from './support/browser';
import { builtIndex, builtScenario } from './support/built-content';
import { builtDeck, builtDecks } from './support/built-decks';

const { open, baseUrl } = setupBrowser();
const dist = resolve(import.meta.dirname, '../..', process.env.OUT_DIR ?? 'dist');
const overview = JSON.parse(readFileSync(resolve(dist, 'content/sources.json'), 'utf8')) as SourcesOverview;
const index = builtIndex();
const t = sourceMessages;

const NEW_KINDS: SourceKind[] = [
  'court-ruling',
  'official-report',
  'official-statement',
  'book-or-chapter',
  'conference-paper',
  'commentary',
  'guide',
  'news',
];

/** What a cell of the comparison should say beside its rating: "On paper, limited evidence". */
function evidenceWords(s: ScenarioSummary, modelId: keyof ScenarioSummary['ratings'], dimension: 'safety'): string {
  const basis = s.bases[modelId][dimension]!;
  return `${messages.ratingEvidence.basis[basis]}, ${messages.confidence[s.confidence[modelId]].toLowerCase()}`;
}

/** The cells of a rating table: each row's scenario title, with every column's evidence text and caution. */
async function tableCells(page: Page, table: string) {
  return page.locator(`${table} tbody tr`).evaluateAll((rows) =>
    rows.map((row) => ({
      title: row.querySelector('th')?.textContent?.trim() ?? '',
      cells: [...row.querySelectorAll('td')].map((td) => ({
        evidence: td.querySelector('.rating-evidence')?.textContent ?? '',
        caution: td.querySelector('.rating-caution') !== null,
      })),
    })),
  );
}

/**
 * The cells of the projector's comparison grid: there each scenario is a tbody whose first row is
 * its title (spanning the four models) and whose second row holds the four ratings.
 */
async function slideGridCells(page: Page) {
  return page.locator('table.slide-compare-grid tbody').evaluateAll((groups) =>
    groups.map((group) => ({
      title: group.querySelector('th[scope="colgroup"]')?.textContent?.trim() ?? '',
      cells: [...group.querySelectorAll('td')].map((td) => ({
        evidence: td.querySelector('.rating-evidence')?.textContent ?? '',
        caution: td.querySelector('.rating-caution') !== null,
      })),
    })),
  );
}

describe('evidence labels', () => {
  it('show every new kind of source by its label, on its page, in its list and beside a citation', async () => {
    const { page, problems } = await open('/sources/');
    for (const kind of NEW_KINDS) {
      const id = Object.keys(overview.kindOf).find((sourceId) => overview.kindOf[sourceId] === kind);
      expect(id, `no source of kind ${kind}`).toBeDefined();
      await page.goto(`${baseUrl}/sources/${kind}/${id}/`);
      expect(await page.locator('.source-tags .kind-tag').textContent()).toBe(t.kinds[kind]);
      await page.goto(`${baseUrl}/sources/${kind}/`);
      expect(await page.locator('h1').textContent()).toBe(t.kindsPlural[kind]);
      expect(await page.locator('p.lead').textContent()).toBe(t.kindMeanings[kind]);
      expect(await page.locator(`[id="${id}"] a`).count()).toBe(1);
    }

    // A conference paper cited on a scenario card says so beside its label, not "Peer-reviewed study".
    const scenario = index.scenarios.find((s) =>
      builtScenario(s.id).sources.some((x) => x.kind === 'conference-paper'),
    )!;
    const paper = builtScenario(scenario.id).sources.find((x) => x.kind === 'conference-paper')!;
    await page.goto(`${baseUrl}/scenarios/${scenario.id}/`);
    const summary = page.locator('.citation summary', { hasText: sourceLabel(paper) }).first();
    expect(await summary.locator('.kind-tag').textContent()).toBe(t.kinds['conference-paper']);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('send an old link to a renamed kind (journalism) on to its new page (news)', async () => {
    const { page } = await open('/sources/journalism/');
    await page.waitForURL(`${baseUrl}/sources/news/`);
    expect(await page.locator('h1').textContent()).toBe(t.kindsPlural.news);
    await page.context().close();
  });

  it('tell apart sources that share authors and year on a scenario page', async () => {
    const found = index.scenarios
      .map((s) => ({ id: s.id, sources: builtScenario(s.id).sources }))
      .map(({ id, sources }) => ({
        id,
        twins: sources.filter((a) =>
          sources.some((b) => b !== a && b.year === a.year && b.authors.join() === a.authors.join()),
        ),
      }))
      .find(({ twins }) => twins.length >= 2)!;
    expect(found, 'no scenario cites two sources with the same authors and year').toBeDefined();

    const { page, problems } = await open(`/scenarios/${found.id}/`);
    const summaries = await page.locator('.citation summary').allTextContents();
    const labels = found.twins.map((s) => sourceLabel(s));
    expect(new Set(labels).size).toBe(labels.length);
    for (const source of found.twins) {
      expect(source.labelDetail, `${source.id} has no labelDetail`).toBeTruthy();
      expect(summaries.some((text) => text.startsWith(sourceLabel(source)))).toBe(true);
    }
    expect(problems, problems.join('\n')).toEqual([]);
    await page.context().close();
  });

  it("show each rating's basis and confidence beside it in the comparison, marking Better or Worse on limited evidence", async () => {
    const { page, problems } = await open('/compare/');
    const rows = await tableCells(page, 'table.compare-matrix');
    expect(rows).toHaveLength(index.scenarios.length);
    let cautions = 0;
    for (const row of rows) {
      const s = index.scenarios.find((x) => x.title === row.title)!;
      index.models.forEach((m, i) => {
        expect(row.cells[i]!.evidence, `${s.id} ${m.id}`).toBe(evidenceWords(s, m.id, 'safety'));
        const outruns = ratingOutrunsEvidence(s.ratings[m.id].safety!, s.confidence[m.id]);
        expect(row.cells[i]!.caution, `${s.id} ${m.id}`).toBe(outruns);
        if (outruns) cautions += 1;
      });
    }
    expect(cautions).toBeGreaterThan(0);
    // The key says what the words mean, and each cell's link says it all in its name.
    expect(await page.getByRole('heading', { name: messages.ratingEvidence.keyTitle }).count()).toBe(1);
    const first = index.scenarios[0]!;
    const name = await page
      .locator(`table.compare-matrix a[href$="/scenarios/${first.id}/criminalisation/"]`)
      .getAttribute('aria-label');
    expect(name).toContain(messages.confidence[first.confidence.criminalisation].toLowerCase());
    expect(problems, problems.join('\n')).toEqual([]);
    await page.context().close();
  });

  it("show each rating's basis and confidence beside it on the compare slide", async () => {
    const deck = builtDecks().find((d) =>
      builtDeck(d.id).deck.slides.some((s) => s.kind === 'compare' && (s.dimension ?? 'safety') === 'safety'),
    )!;
    const slides = builtDeck(deck.id).deck.slides;
    const n = slides.findIndex((s) => s.kind === 'compare' && (s.dimension ?? 'safety') === 'safety') + 1;
    const { page, problems } = await open(`/present/${deck.id}/${n}/`, { viewport: { width: 1366, height: 768 } });
    await page.locator('table.slide-compare-grid').waitFor();
    const rows = await slideGridCells(page);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const s = index.scenarios.find((x) => x.title === row.title)!;
      expect(s, row.title).toBeDefined();
      index.models.forEach((m, i) => {
        expect(row.cells[i]!.evidence, `${s.id} ${m.id}`).toBe(evidenceWords(s, m.id, 'safety'));
        expect(row.cells[i]!.caution, `${s.id} ${m.id}`).toBe(
          ratingOutrunsEvidence(s.ratings[m.id].safety!, s.confidence[m.id]),
        );
      });
    }
    expect(await page.locator('.slide-canvas').getByText(messages.ratingEvidence.slideKey).isVisible()).toBe(true);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.context().close();
  });
});
