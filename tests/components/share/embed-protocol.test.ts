import { afterEach, describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, embedSnippet, hostScript } from '../../../src/components/share/embed-protocol';

const ORIGIN = 'https://guide.example';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Puts the snippet in the page, runs its script, and returns its iframe. */
function host(): HTMLIFrameElement {
  const snippet = embedSnippet({ src: `${ORIGIN}/embed/scenarios/x/nordic/`, title: 'A "quoted" title', height: 900 });
  document.body.innerHTML = snippet.replace(/<script>[\s\S]*<\/script>/, '');
  new Function(hostScript(ORIGIN))();
  return document.querySelector('iframe')!;
}

const post = (frame: HTMLIFrameElement, data: unknown, origin = ORIGIN) =>
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: frame.contentWindow }));

describe('the embed snippet and its resize protocol', () => {
  it('is an iframe with the view, a title, a default height, and the script', () => {
    const snippet = embedSnippet({
      src: `${ORIGIN}/embed/compare/?dimension=police`,
      title: 'A "quoted" title',
      height: 1200,
    });
    expect(snippet).toContain(`src="${ORIGIN}/embed/compare/?dimension=police"`);
    expect(snippet).toContain('title="A &quot;quoted&quot; title"');
    expect(snippet).toContain('height="1200"');
    expect(snippet).toMatch(/<script>\(function\(\)\{[\s\S]+\}\)\(\);<\/script>$/);
  });

  it('sets the height of the frame a height message comes from', () => {
    const frame = host();
    post(frame, { type: EMBED_HEIGHT_MESSAGE, height: 1234.2, url: 'x' });
    expect(frame.style.height).toBe('1235px');
  });

  it('ignores messages from other origins, of other types, or without a height', () => {
    const frame = host();
    post(frame, { type: EMBED_HEIGHT_MESSAGE, height: 50 }, 'https://elsewhere.example');
    post(frame, { type: 'something-else', height: 50 });
    post(frame, { type: EMBED_HEIGHT_MESSAGE, height: -1 });
    post(frame, 'not an object');
    expect(frame.style.height).toBe('');
  });
});
