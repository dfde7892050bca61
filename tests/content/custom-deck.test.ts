import { describe, expect, it } from 'vitest';
import {
  customDeckToSearch,
  decodeCustomDeck,
  encodeCustomDeck,
  MAX_CUSTOM_ITEMS,
  MAX_TITLE_LENGTH,
  parseCustomDeckSearch,
  type CustomDeck,
} from '../../src/content/custom-deck';
import { encodeBase64Url } from '../../src/content/base64url';

const deck: CustomDeck = {
  title: 'Police, safety — and “reporting” ✓',
  items: [
    { kind: 'scenario', id: 'client-turns-violent' },
    { kind: 'model', id: 'nordic' },
    { kind: 'compare', dimension: 'police', topic: 'police' },
    { kind: 'compare', dimension: 'safety' },
    { kind: 'scenario', id: 'police-find-condoms' },
  ],
};
const body = (value: string) => value.replace(/^v\d+\./, '');

describe('custom deck links', () => {
  it('round-trip a deck, including a title with any characters', () => {
    const encoded = encodeCustomDeck(deck);
    expect(encoded).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(decodeCustomDeck(encoded)).toEqual({ deck, notices: [] });
  });

  it('round-trip through a query string', () => {
    expect(parseCustomDeckSearch(customDeckToSearch(deck))).toEqual({ deck, notices: [] });
  });

  it('stay short enough to share: a 30-part deck fits in about 1,500 characters', () => {
    const big: CustomDeck = {
      title: 'x'.repeat(MAX_TITLE_LENGTH),
      items: Array.from({ length: MAX_CUSTOM_ITEMS }, (_, i) => ({
        kind: 'scenario',
        id: `a-scenario-with-a-long-name-${i}`,
      })),
    };
    expect(customDeckToSearch(big).length).toBeLessThan(1600);
  });

  it('read no deck at all as a new, empty deck without a notice', () => {
    expect(decodeCustomDeck(null)).toEqual({ deck: { title: '', items: [] }, notices: [] });
    expect(decodeCustomDeck('')).toEqual({ deck: { title: '', items: [] }, notices: [] });
  });

  it('say so when nothing in the link can be read', () => {
    expect(decodeCustomDeck('v1.!!!!').notices).toEqual([{ kind: 'unreadable' }]);
    expect(decodeCustomDeck('v1.' + encodeBase64Url('garbage\nmore garbage')).notices).toEqual([
      { kind: 'unreadable' },
    ]);
  });

  it('open what survives of a truncated link', () => {
    const encoded = encodeCustomDeck(deck);
    // Cutting 12 characters loses the end of the last line, "s:police-find-condoms".
    const { deck: opened, notices } = decodeCustomDeck(encoded.slice(0, -12));
    expect(opened.title).toBe(deck.title);
    expect(opened.items).toEqual([...deck.items.slice(0, 4), { kind: 'scenario', id: 'police-fin' }]);
    // What is left of the last id still looks like an id; checking it against the content drops
    // it with a notice (see resolve-custom.test.ts).
    expect(notices).toEqual([]);
  });

  it('open a link cut in the middle of a letter of the title', () => {
    const encoded = encodeCustomDeck({ title: 'Ça va ✓✓✓', items: [] });
    const { deck: opened } = decodeCustomDeck(encoded.slice(0, -2));
    expect(opened.title).toMatch(/^Ça va ✓✓/);
    expect(opened.title).not.toContain('\uFFFD');
  });

  it('recover the readable lines of a corrupted link and count the rest', () => {
    const text = [
      't:Mixed up',
      's:client-turns-violent',
      'm:anarchy',
      'c:happiness',
      'x:what',
      's:Not An Id',
      'm:legalisation',
    ].join('\n');
    const { deck: opened, notices } = decodeCustomDeck(`v1.${encodeBase64Url(text)}`);
    expect(opened).toEqual({
      title: 'Mixed up',
      items: [
        { kind: 'scenario', id: 'client-turns-violent' },
        { kind: 'model', id: 'legalisation' },
      ],
    });
    expect(notices).toEqual([{ kind: 'skipped', count: 4 }]);
  });

  it('ignore characters a chat app or an email added to the link', () => {
    const encoded = encodeCustomDeck(deck);
    const mangled = `${body(encoded).slice(0, 10)} \n"${body(encoded).slice(10)}"`;
    expect(decodeCustomDeck(`v1.${mangled}`)).toEqual({ deck, notices: [] });
  });

  it('open a link from an older version and say so', () => {
    const old = `v0.${body(encodeCustomDeck(deck))}`;
    expect(decodeCustomDeck(old)).toEqual({ deck, notices: [{ kind: 'version', found: 0, newer: false }] });
    const unversioned = body(encodeCustomDeck(deck));
    expect(decodeCustomDeck(unversioned)).toEqual({
      deck,
      notices: [{ kind: 'version', found: undefined, newer: false }],
    });
  });

  it('open a link from a newer version as far as this version understands it', () => {
    const text = ['t:From the future', 's:client-turns-violent', 'q:a-quiz-slide'].join('\n');
    const { deck: opened, notices } = decodeCustomDeck(`v2.${encodeBase64Url(text)}`);
    expect(opened.items).toEqual([{ kind: 'scenario', id: 'client-turns-violent' }]);
    expect(notices).toEqual([
      { kind: 'version', found: 2, newer: true },
      { kind: 'skipped', count: 1 },
    ]);
  });

  it('keep at most 30 parts, and say how many were left out', () => {
    const lines = ['t:Long', ...Array.from({ length: MAX_CUSTOM_ITEMS + 3 }, (_, i) => `s:scenario-${i}`)];
    const { deck: opened, notices } = decodeCustomDeck(`v1.${encodeBase64Url(lines.join('\n'))}`);
    expect(opened.items).toHaveLength(MAX_CUSTOM_ITEMS);
    expect(notices).toEqual([{ kind: 'too-long', dropped: 3 }]);
  });

  it('clean a title: no line breaks (they would split the link) and a length limit', () => {
    const encoded = encodeCustomDeck({ title: `One\nTwo ${'x'.repeat(200)}`, items: [] });
    const { deck: opened } = decodeCustomDeck(encoded);
    expect(opened.title.startsWith('One Two x')).toBe(true);
    expect(opened.title).toHaveLength(MAX_TITLE_LENGTH);
  });
});
