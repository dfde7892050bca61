/** Sharing: what a link preview sees, copied links, QR codes, embeds. (Offline use: offline.e2e.ts.) */
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { builtIndex, builtScenario } from './support/built-content';

const { open, baseUrl } = setupBrowser();
const index = builtIndex();
const scenario = index.scenarios[1]!;
const nordic = index.models.find((m) => m.id === 'nordic')!;

describe('what a link preview sees (HTML before any JavaScript)', () => {
  it('a scenario page with a model in focus holds its content, title, description and preview tags', async () => {
    const html = await (await fetch(`${baseUrl}/scenarios/${scenario.id}/nordic/`)).text();
    const { scenario: full } = builtScenario(scenario.id);
    expect(html).toContain(
      `<title>${scenario.title.replace(/'/g, '&#x27;').replace(/"/g, '&quot;')} (${nordic.name}) · Sex work and the law</title>`.replace(
        /&#x27;/g,
        "'",
      ),
    );
    expect(html).toMatch(/<meta property="og:title" content="[^"]+\(Nordic model\)" \/>/);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).toMatch(
      new RegExp(
        `<meta property="og:image" content="https?://[^"]+/previews/scenarios/${scenario.id}/nordic\\.png" />`,
      ),
    );
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/scenarios\/[^"]+\/nordic\/" \/>/);
    expect(html).toContain(full.outcomes.nordic.headline.replace(/'/g, '&#x27;').replace(/"/g, '&quot;').slice(0, 20));
  });

  it('the preview image exists and is a 1200×630 PNG', async () => {
    const response = await fetch(`${baseUrl}/previews/scenarios/${scenario.id}.png`);
    expect(response.headers.get('content-type')).toContain('image/png');
    const bytes = new Uint8Array(await response.arrayBuffer());
    const view = new DataView(bytes.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });

  it('robots.txt, the sitemap and the manifest are served', async () => {
    expect(await (await fetch(`${baseUrl}/robots.txt`)).text()).toMatch(/Sitemap: .+\/sitemap\.xml/);
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    expect(sitemap).toContain(`/scenarios/${scenario.id}/</loc>`);
    const manifest = (await (await fetch(`${baseUrl}/manifest.webmanifest`)).json()) as { icons: unknown[] };
    expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
  });
});

describe('share controls', () => {
  it('a copied comparison link opens the same view in a new page', async () => {
    const { page, problems } = await open('/compare/?dimension=health&models=nordic,decriminalisation');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const second = await page.context().newPage();
    await second.goto(copied, { waitUntil: 'networkidle' });
    expect(await second.getByRole('combobox', { name: /^Dimension/ }).inputValue()).toBe('health');
    expect(await second.getByRole('table').getByRole('columnheader').allTextContents()).toEqual([
      'Scenario',
      nordic.name,
      index.models.find((m) => m.id === 'decriminalisation')!.name,
    ]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows a QR code of the link, drawn in the page', async () => {
    const { page, requests } = await open(`/scenarios/${scenario.id}/`);
    await page.getByRole('button', { name: 'QR code' }).click();
    const qr = page.getByRole('img', { name: /QR code for/ });
    await qr.waitFor();
    const box = await qr.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(250);
    expect(requests.every((url) => url.startsWith(baseUrl))).toBe(true);
    await page.context().close();
  });

  it('offers an iframe snippet whose embed view links back to the full view', async () => {
    const { page, problems } = await open(`/scenarios/${scenario.id}/`);
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!;
    expect(src).toBe(`${baseUrl}/embed/scenarios/${scenario.id}/`);
    await page.goto(src, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toBe(scenario.title);
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Open the full view' }).getAttribute('href')).toBe(
      `/scenarios/${scenario.id}/`,
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
