import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { criticalCssInliner, cspHash, HOLD_UNTIL_PARSED } from '../../scripts/lib/critical-css';

const dir = mkdtempSync(join(tmpdir(), 'critical-css-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(
  join(dir, 'assets', 'site.css'),
  '.used { color: red } .unused { color: blue } @media (min-width: 40em) { .used { color: green } }',
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (body: string) => `<!doctype html>
<html lang="en">
  <head>
    <title>t</title>
    <link rel="stylesheet" crossorigin href="/sub/assets/site.css">
  </head>
  <body>
    ${body}
  </body>
</html>`;

describe('critical CSS', () => {
  const inline = criticalCssInliner(dir, '/sub/');

  it('inlines the rules the page uses, in the head, and moves the stylesheet to the end of the body', async () => {
    const markup = '<p class="used">Hi &amp; <b>bye</b><!-- --> x</p>';
    const { html, styleHash } = await inline(page(markup));
    const head = html.slice(0, html.indexOf('</head>'));
    const style = /<style>([\s\S]*)<\/style>/.exec(head)?.[1] ?? '';
    expect(style).toContain('.used{color:red}');
    expect(style).toContain('@media (min-width: 40em) {.used{color:green}}');
    expect(style).not.toContain('.unused');
    // Nothing of the page shows until the moved stylesheet link, at its end, has been parsed.
    expect(style.endsWith(HOLD_UNTIL_PARSED)).toBe(true);
    expect(styleHash).toBe(cspHash(style));
    expect(head).not.toContain('rel="stylesheet"');
    expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\/sub\/assets\/site.css">\s*<\/body>/);
    // React's server markup is left byte for byte as rendered.
    expect(html).toContain(markup);
  });

  it('leaves a page without a stylesheet in its head as it is', async () => {
    const html = '<!doctype html><html><head><title>t</title></head><body><p>x</p></body></html>';
    expect(await inline(html)).toEqual({ html, styleHash: undefined });
  });

  it('hashes as a Content-Security-Policy source', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
