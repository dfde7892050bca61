/**
 * A link-preview image (1200×630 PNG) for every scenario, drawn at build time from an SVG with
 * a bundled font (no external service): the title and each model's safety rating and headline.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ContentIndex } from '../../src/content/payloads';
import { paths } from '../../src/config/paths';
import { messages } from '../../src/i18n/messages';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f));

const WIDTH = 1200;
const HEIGHT = 630;
const ICON = { good: '✓', mixed: '~', poor: '✕' } as const;
const COLOUR = { good: '#14532d', mixed: '#6b4200', poor: '#8a1c12' } as const;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Greedy word wrap by an average character width; good enough for a preview card. */
function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > maxChars && line) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, '')}…`;
    return kept;
  }
  return lines;
}

export function scenarioPreviewSvg(index: ContentIndex, scenarioId: string): string {
  const scenario = index.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`No scenario ${scenarioId}`);
  const title = wrap(scenario.title, 34, 2)
    .map((l, i) => `<text x="60" y="${110 + i * 62}" font-size="52" font-weight="bold" fill="#1a1a1a">${escape(l)}</text>`)
    .join('');
  const rows = index.models
    .map((model, i) => {
      const y = 270 + i * 78;
      const level = scenario.ratings[model.id].safety ?? 'mixed';
      const headline = wrap(scenario.headlines[model.id], 62, 1)[0] ?? '';
      return (
        `<text x="60" y="${y}" font-size="30" font-weight="bold" fill="#1a1a1a">${escape(model.name)}</text>` +
        `<text x="400" y="${y}" font-size="30" font-weight="bold" fill="${COLOUR[level]}">${ICON[level]} ${messages.ratings[level]}</text>` +
        `<text x="60" y="${y + 34}" font-size="24" fill="#333333">${escape(headline)}</text>`
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
  <rect width="${WIDTH}" height="16" fill="#5b2a86"/>
  ${title}
  <text x="60" y="232" font-size="24" fill="#4a4a4a">${escape(messages.share.previewSubtitle)}</text>
  ${rows}
  <text x="60" y="${HEIGHT - 24}" font-size="24" fill="#5b2a86" font-weight="bold">${escape(messages.siteName)}</text>
</svg>`;
}

export function writePreviewImages(outDir: string): number {
  const index = JSON.parse(readFileSync(join(outDir, 'content', 'index.json'), 'utf8')) as ContentIndex;

  for (const scenario of index.scenarios) {
    const svg = scenarioPreviewSvg(index, scenario.id);
    const png = new Resvg(svg, {
      font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    })
      .render()
      .asPng();
    const file = join(outDir, paths.previewImage.getHref(scenario.id));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
  }
  return index.scenarios.length;
}
