/**
 * Pictures of real content, laid out with the fonts the build draws previews with: titles and
 * headlines are whole (never cut mid-word, never shortened), at every size a reader can download.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareImageSvg } from '../../../../src/components/share/images/compare-image';
import { IMAGE_SIZES, type ImageFrame } from '../../../../src/components/share/images/frame';
import { compareImageData, scenarioImageData } from '../../../../src/components/share/images/from-content';
import { scenarioImageSvg } from '../../../../src/components/share/images/scenario-image';
import { buildContentFiles } from '../../../../src/content/node/emit';
import { loadContent } from '../../../../src/content/node/load-content';
import type { ContentIndex, ScenarioPage } from '../../../../src/content/payloads';
import { MODEL_IDS, ratingOutrunsEvidence } from '../../../../src/content/vocabulary';
import { messages } from '../../../../src/i18n/messages';
import { shareMessages } from '../../../../src/i18n/share';
import { dejaVuMeasure, PREVIEW_FONT_FAMILY } from '../../../../scripts/lib/font-measure';

const files = buildContentFiles(loadContent(resolve(import.meta.dirname, '../../../..')).content);
const index = files.get('index.json') as ContentIndex;
const pages = index.scenarios.map((s) => files.get(`scenarios/${s.id}.json`) as ScenarioPage);
const measure = dejaVuMeasure();
const frame = (size: keyof typeof IMAGE_SIZES): ImageFrame => ({
  ...IMAGE_SIZES[size],
  measure,
  fontFamily: PREVIEW_FONT_FAMILY,
  meta: {
    title: 'T',
    link: 'https://guide.example/scenarios/some-long-scenario-id/decriminalisation/',
    date: 'Last reviewed 2026-11-25 · Downloaded 2026-12-06',
  },
});

/** The words of each <text> element, its lines joined by spaces. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map(
    (m) => [...m[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(' ') || m[1]!,
  );
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe.each(Object.keys(IMAGE_SIZES) as (keyof typeof IMAGE_SIZES)[])('pictures at the %s size', (size) => {
  it('show every scenario title and all four headlines whole', () => {
    for (const page of pages) {
      const drawn = texts(scenarioImageSvg(frame(size), scenarioImageData(page, undefined))).map(unescape);
      expect(drawn).toContain(page.scenario.title);
      for (const id of MODEL_IDS)
        expect(drawn, `${page.scenario.id} ${id}`).toContain(page.scenario.outcomes[id].headline);
      expect(drawn.filter((t) => t.endsWith('…'))).toEqual([]);
    }
  });

  it('with a model in focus, show its headline whole, and no other text cut short', () => {
    for (const page of pages) {
      for (const focus of MODEL_IDS) {
        const drawn = texts(scenarioImageSvg(frame(size), scenarioImageData(page, focus))).map(unescape);
        expect(drawn).toContain(page.scenario.title);
        expect(drawn, `${page.scenario.id} ${focus}`).toContain(page.scenario.outcomes[focus].headline);
        expect(drawn.filter((t) => t.endsWith('…'))).toEqual([]);
      }
    }
  });

  it('carry the link and the licence line, whole', () => {
    const svg = scenarioImageSvg(frame(size), scenarioImageData(pages[0]!, 'nordic'));
    const drawn = texts(svg).map(unescape).join(' ');
    expect(drawn).toContain('https://guide.example/scenarios/some-long-scenario-id/decriminalisation/');
    expect(drawn).toContain('Licence: CC BY 4.0. Credit “Sex work and the law” and link to this page.');
  });

  // Decision 020: a Better or Worse on limited evidence is never drawn bare.
  it('mark a Better or Worse on limited evidence with a caution, in a scenario and in a comparison', () => {
    const outruns = (page: ScenarioPage, id: (typeof MODEL_IDS)[number]) =>
      Object.values(page.scenario.outcomes[id].ratings).some(
        (r) => r && ratingOutrunsEvidence(r.level, page.scenario.outcomes[id].confidence),
      );
    const page = pages.find((p) => MODEL_IDS.some((id) => outruns(p, id)) && MODEL_IDS.some((id) => !outruns(p, id)))!;
    expect(page, 'no scenario with both a cautioned and a plain outcome').toBeDefined();
    const cautioned = MODEL_IDS.filter((id) => outruns(page, id)).length;
    // Without a model in focus each cell is brief: its cautioned ratings carry the mark, which the legend explains.
    const drawn = texts(scenarioImageSvg(frame(size), scenarioImageData(page, undefined))).map(unescape);
    expect(drawn.filter((t) => t.endsWith(` ${shareMessages.file.cautionMark}`)).length).toBeGreaterThanOrEqual(
      cautioned,
    );
    expect(drawn.some((t) => t.endsWith(shareMessages.file.cautionLegend))).toBe(true);
    // The model in focus says it in words.
    const focus = MODEL_IDS.find((id) => outruns(page, id))!;
    expect(texts(scenarioImageSvg(frame(size), scenarioImageData(page, focus))).map(unescape)).toContain(
      messages.confidence.limited,
    );

    const view = { dimension: 'safety' as const, topic: undefined, models: [...MODEL_IDS] };
    const data = compareImageData(index, view);
    const count = index.scenarios.reduce(
      (n, s) => n + MODEL_IDS.filter((id) => ratingOutrunsEvidence(s.ratings[id].safety!, s.confidence[id])).length,
      0,
    );
    expect(count).toBeGreaterThan(0);
    const words = texts(compareImageSvg(frame(size), data)).map(unescape);
    const marked = words.filter((t) => t.endsWith(` ${shareMessages.file.cautionMark}`)).length;
    // The table marks each one and says what the mark means; bars say how many there are.
    if (marked > 0) {
      expect(marked).toBe(count);
      expect(words.join(' ')).toContain(shareMessages.file.cautionMarked);
    } else {
      expect(words.join(' ')).toContain(shareMessages.file.cautionCount(count));
    }
  });

  it('draw a comparison with its title whole, for every dimension', () => {
    for (const dimension of ['safety', 'police', 'migration'] as const) {
      const view = { dimension, topic: undefined, models: [...MODEL_IDS] };
      const drawn = texts(compareImageSvg(frame(size), compareImageData(index, view))).map(unescape);
      expect(
        drawn.some((t) => t.startsWith(dimension === 'police' ? 'Reporting to police under each model' : '')),
      ).toBe(true);
      expect(drawn.filter((t) => t.endsWith('…'))).toEqual([]);
    }
  });
});
