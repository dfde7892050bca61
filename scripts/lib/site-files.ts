/** robots.txt, sitemap.xml, the web manifest and PNG icons, written into the build output. */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../../src/i18n/messages';

export interface SiteFilesOptions {
  outDir: string;
  base: string;
  siteUrl: string;
  paths: string[];
}

export function writeSiteFiles({ outDir, base, siteUrl, paths }: SiteFilesOptions): void {
  const origin = siteUrl.replace(/\/$/, '');
  const absolute = (path: string) => `${origin}${base}${path.replace(/^\//, '')}`;

  writeFileSync(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap.xml')}\n`);

  const urls = paths.map((p) => `  <url><loc>${absolute(p)}</loc></url>`).join('\n');
  writeFileSync(
    join(outDir, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
  );

  const svg = readFileSync(join(outDir, 'favicon.svg'), 'utf8');
  for (const size of [192, 512]) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    writeFileSync(join(outDir, `icon-${size}.png`), png);
  }
  const manifest = {
    name: messages.siteName,
    short_name: messages.siteName,
    description: messages.siteTagline,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#5b2a86',
    icons: [
      { src: `${base}icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  writeFileSync(join(outDir, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2));
}
