/**
 * Link-preview images (1200×630 PNG) for every shareable view, drawn at build time by the same
 * SVG builders the reader's "Download" uses (src/components/share/images), with the bundled
 * DejaVu fonts and no external service:
 *
 * - each scenario, and each scenario with each model in focus (the image follows the focus);
 * - each comparison view a link can name: each dimension, and each dimension with a topic.
 *
 * resvg renders on libuv's thread pool (renderAsync), so the images are drawn while the
 * prerender, which is JavaScript on the main thread, writes the pages; and a PNG drawn by an
 * earlier build from the same SVG is reused.
 */
import { renderAsync } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { compareImageData, compareViewTitle, scenarioImageData } from '../../src/components/share/images/from-content';
import { compareImageSvg } from '../../src/components/share/images/compare-image';
import { IMAGE_SIZES, type ImageFrame, type ImageMeta } from '../../src/components/share/images/frame';
import { addPngText } from '../../src/components/share/images/png-text';
import { scenarioImageSvg } from '../../src/components/share/images/scenario-image';
import { paths } from '../../src/config/paths';
import type { ContentIndex, ScenarioPage } from '../../src/content/payloads';
import { DIMENSIONS, MODEL_IDS, TOPICS } from '../../src/content/vocabulary';
import { compareViewHref } from '../../src/features/compare/url-state';
import { licence } from '../../src/i18n/licence';
import { messages } from '../../src/i18n/messages';
import { shareMessages } from '../../src/i18n/share';
import { dejaVuMeasure, PREVIEW_FONT_FAMILY, PREVIEW_FONT_FILES } from './font-measure';

export interface PreviewOptions {
  outDir: string;
  /** The absolute URL of the site's base, e.g. https://example.org/explainer/ */
  siteRoot: string;
}

interface Job {
  /** Path of the image under the site's base, e.g. /previews/compare/police.png */
  image: string;
  meta: ImageMeta;
  draw: (frame: ImageFrame) => string;
}

/**
 * Drawing an image costs about a tenth of a second of CPU; most builds change few of them, so
 * PNGs are kept between builds, keyed by their SVG and the renderer's version.
 */
const CACHE_DIR = resolve(import.meta.dirname, '../../node_modules/.cache/preview-images');
const versionOf = (name: string) =>
  (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
const RENDERER = `resvg-js ${versionOf('@resvg/resvg-js')} dejavu ${versionOf('dejavu-fonts-ttf')}`;

const RENDER_OPTIONS = {
  font: {
    fontFiles: [PREVIEW_FONT_FILES.regular, PREVIEW_FONT_FILES.bold],
    loadSystemFonts: false,
    defaultFontFamily: PREVIEW_FONT_FAMILY,
  },
};

export async function writePreviewImages({
  outDir,
  siteRoot,
}: PreviewOptions): Promise<{ count: number; rendered: number; ms: number }> {
  const started = Date.now();
  const link = (path: string) => `${siteRoot.replace(/\/$/, '')}${path}`;
  const readJson = async <T>(path: string) => JSON.parse(await readFile(join(outDir, 'content', path), 'utf8')) as T;
  const index = await readJson<ContentIndex>('index.json');

  const jobs: Job[] = [];
  for (const summary of index.scenarios) {
    const page = await readJson<ScenarioPage>(`scenarios/${summary.id}.json`);
    for (const focus of [undefined, ...MODEL_IDS]) {
      const name = page.models.find((m) => m.id === focus)?.name;
      const data = scenarioImageData(page, focus);
      jobs.push({
        image: paths.scenarioPreview.getHref(summary.id, focus),
        meta: {
          title: name ? `${page.scenario.title} (${name})` : page.scenario.title,
          link: link(paths.scenario.getHref(summary.id, focus)),
          date: shareMessages.file.reviewed(page.scenario.lastReviewed),
        },
        draw: (frame) => scenarioImageSvg(frame, data),
      });
    }
  }
  const allModels = index.models.map((m) => m.id);
  for (const dimension of DIMENSIONS) {
    for (const topic of [undefined, ...TOPICS]) {
      const view = { dimension, topic, models: allModels };
      const data = compareImageData(index, view);
      jobs.push({
        image: paths.comparePreview.getHref(dimension, topic),
        meta: { title: compareViewTitle(view), link: link(compareViewHref(view)) },
        draw: (frame) => compareImageSvg(frame, data),
      });
    }
  }

  const measure = dejaVuMeasure();
  await mkdir(CACHE_DIR, { recursive: true });
  let rendered = 0;
  const render = async ({ image, meta, draw }: Job) => {
    const svg = draw({ ...IMAGE_SIZES.social, measure, fontFamily: PREVIEW_FONT_FAMILY, meta });
    const png = addPngText(await cachedRender(svg), {
      Title: meta.title,
      Source: meta.link,
      Copyright: licence.attribution(meta.title, meta.link),
      Author: messages.siteName,
    });
    const file = join(outDir, image);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, png);
  };
  /** The PNG of an SVG drawn before (same SVG, same renderer) is reused from the cache. */
  const cachedRender = async (svg: string): Promise<Uint8Array> => {
    const cached = join(
      CACHE_DIR,
      `${createHash('sha256').update(RENDERER).update(svg).digest('hex').slice(0, 32)}.png`,
    );
    try {
      return await readFile(cached);
    } catch {
      rendered += 1;
      const png = (await renderAsync(svg, RENDER_OPTIONS)).asPng();
      await writeFile(cached, png);
      return png;
    }
  };
  // A few at a time: enough to keep the thread pool busy beside the prerender, not more.
  const lanes = Math.max(1, Math.min(4, availableParallelism() - 1));
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < jobs.length) await render(jobs[next++]!);
    }),
  );
  return { count: jobs.length, rendered, ms: Date.now() - started };
}
