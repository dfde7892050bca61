/**
 * Link previews for every shareable view, as a chat app's crawler sees them (the prerendered HTML,
 * no JavaScript): each comparison view a link can name, and each scenario with a model in focus,
 * has its own title, description and preview image, and the image exists. Old comparison links
 * still open the view they named.
 */
import { describe, expect, it } from 'vitest';
import { readPngText } from '../../src/components/share/images/png-text';
import { DIMENSIONS, TOPICS } from '../../src/content/vocabulary';
import { setupBrowser } from './support/browser';
import { builtIndex } from './support/built-content';

const { open, baseUrl } = setupBrowser();
const index = builtIndex();
const scenario = index.scenarios.find((s) => s.contentNote) ?? index.scenarios[0]!;

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`)
    .exec(html)?.[1]
    ?.replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

async function pngSize(url: string): Promise<{ size: [number, number]; text: Record<string, string> }> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  expect(response.headers.get('content-type')).toContain('image/png');
  const bytes = new Uint8Array(await response.arrayBuffer());
  const view = new DataView(bytes.buffer);
  return { size: [view.getUint32(16), view.getUint32(20)], text: readPngText(bytes) };
}

/** The site's address as the build wrote it into previews (SITE_URL), for turning image URLs into local ones. */
const local = (absolute: string) => `${baseUrl}${new URL(absolute).pathname}`;

describe('comparison views', () => {
  const views = DIMENSIONS.flatMap((d) => [`/compare/${d}/`, ...TOPICS.map((t) => `/compare/${d}/${t}/`)]);

  it(`each of the ${views.length} views a link can name has its own title, description and an og:image that exists`, async () => {
    const seen = new Map<string, string>();
    for (const path of views) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      const pageTitle = title(html)!;
      expect(seen.get(pageTitle), `${path} shares its title with ${seen.get(pageTitle)}`).toBeUndefined();
      seen.set(pageTitle, path);
      const [, , dimension, topic] = path.split('/');
      expect(meta(html, 'og:description'), path).toMatch(/turn out for .+ under each model\. Rated better: /);
      const image = meta(html, 'og:image')!;
      expect(new URL(image).pathname).toBe(
        topic ? `/previews/compare/${dimension}/${topic}.png` : `/previews/compare/${dimension}.png`,
      );
      expect(meta(html, 'og:image:alt'), path).toBeTruthy();
      const png = await pngSize(local(image));
      expect(png.size).toEqual([1200, 630]);
      expect(png.text.Copyright).toContain('CC BY 4.0');
    }
    expect(seen.size).toBe(views.length);
  });

  it('a view’s prerendered page already shows its filtered table, before any script runs', async () => {
    const { page } = await open('/compare/police/police/', { javaScript: false });
    const policeScenarios = index.scenarios.filter((s) => s.topics.includes('police'));
    expect(await page.getByRole('table').getByRole('row').count()).toBe(policeScenarios.length + 1);
    expect(await page.getByRole('table').getByRole('caption').textContent()).toMatch(/^Reporting to police/);
    await page.context().close();
  });

  it('an old link with ?dimension=&topic= opens the same view and moves to its own address', async () => {
    const { page, problems } = await open('/compare/?dimension=police&topic=online&models=nordic,decriminalisation');
    await page.waitForURL(`${baseUrl}/compare/police/online/?models=nordic,decriminalisation`);
    await expect
      .poll(() => page.title())
      .toMatch(/^Reporting to police under each model: scenarios about online work · /);
    expect(await page.getByRole('combobox', { name: /^Dimension/ }).inputValue()).toBe('police');
    expect(await page.getByRole('table').getByRole('columnheader').count()).toBe(3);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a path that names no view is the not-found page', async () => {
    expect((await fetch(`${baseUrl}/compare/happiness/`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/compare/police/weather/`)).status).toBe(404);
  });
});

describe('scenario previews follow the model in focus', () => {
  it('each focused view has its own image, different from the others, with its title and link inside', async () => {
    const images: string[] = [];
    for (const focus of [undefined, ...index.models.map((m) => m.id)]) {
      const path = focus ? `/scenarios/${scenario.id}/${focus}/` : `/scenarios/${scenario.id}/`;
      const html = await (await fetch(`${baseUrl}${path}`)).text();
      const image = meta(html, 'og:image')!;
      expect(new URL(image).pathname).toBe(
        focus ? `/previews/scenarios/${scenario.id}/${focus}.png` : `/previews/scenarios/${scenario.id}.png`,
      );
      const png = await pngSize(local(image));
      expect(png.size).toEqual([1200, 630]);
      expect(png.text.Source).toMatch(new RegExp(`${path}$`));
      expect(png.text.Title).toContain(scenario.title);
      images.push(new URL(image).pathname);
    }
    // The pictures themselves differ above the footer (whose link differs anyway): each shows its focus.
    const { page } = await open('/');
    const bodies = await page.evaluate(async (urls) => {
      const canvas = document.createElement('canvas');
      canvas.width = 1200;
      canvas.height = 630;
      const context = canvas.getContext('2d')!;
      const sums: string[] = [];
      for (const url of urls) {
        const image = new Image();
        image.src = url;
        await image.decode();
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, 1200, 500).data;
        let hash = 0;
        for (let i = 0; i < pixels.length; i += 1) hash = (hash * 31 + pixels[i]!) | 0;
        sums.push(String(hash));
      }
      return sums;
    }, images);
    expect(new Set(bodies).size).toBe(images.length);
    await page.context().close();
  });
});
