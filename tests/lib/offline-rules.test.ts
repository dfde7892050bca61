import { describe, expect, it } from 'vitest';
import { cacheName, entryScriptOf, isPagePath, isSiteCache, isSound } from '../../src/lib/offline-rules';

const html = (body: string, type = 'text/html; charset=utf-8', status = 200) =>
  new Response(body, { status, headers: { 'content-type': type } });

describe('what the service worker keeps', () => {
  it('keeps a page of the site, and not a Wi-Fi login page answering for it', async () => {
    expect(await isSound('/models/', html('<html><div id="root"><h1>Models</h1></div></html>'))).toBe(true);
    expect(await isSound('/models/', html('<html><h1>Please log in to the Wi-Fi</h1></html>'))).toBe(false);
  });

  it('keeps code and content only with their own type (a 200 HTML page answering for a script is refused)', async () => {
    expect(await isSound('/assets/index-abc.js', html('export {}', 'text/javascript'))).toBe(true);
    expect(await isSound('/assets/index-abc.js', html('<div id="root"></div>'))).toBe(false);
    expect(await isSound('/assets/index-abc.css', html('body{}', 'text/css'))).toBe(true);
    expect(await isSound('/content/index.json', html('{}', 'application/json'))).toBe(true);
    expect(await isSound('/content/index.json', html('<html>login</html>'))).toBe(false);
  });

  it('keeps only complete answers (status 200)', async () => {
    expect(await isSound('/models/', html('<div id="root"></div>', 'text/html', 404))).toBe(false);
    expect(await isSound('/content/x.json', html('{}', 'application/json', 206))).toBe(false);
  });

  it('finds the code a kept page needs to start', () => {
    expect(entryScriptOf('<script type="module" crossorigin src="/assets/index-abc.js"></script>')).toBe(
      '/assets/index-abc.js',
    );
    expect(entryScriptOf('<p>no script</p>')).toBeUndefined();
  });

  it('tells pages from files', () => {
    expect(isPagePath('/', '/')).toBe(true);
    expect(isPagePath('/models/nordic/', '/')).toBe(true);
    expect(isPagePath('/shell.html', '/')).toBe(true);
    expect(isPagePath('/sitemap.xml', '/')).toBe(false);
    expect(isPagePath('/previews/scenarios/x.png', '/')).toBe(false);
    expect(isPagePath('/other/', '/explainer/')).toBe(false);
  });

  it('names the caches by scope, and knows the site’s from others on the same host', () => {
    const scope = 'https://example.org/explainer/';
    expect(isSiteCache(cacheName('pages', scope), scope)).toBe(true);
    expect(isSiteCache(`workbox-precache-v2-${scope}`, scope)).toBe(true);
    expect(isSiteCache(cacheName('pages', 'https://example.org/other/'), scope)).toBe(false);
    expect(isSiteCache('someone-elses-cache', scope)).toBe(false);
  });
});
