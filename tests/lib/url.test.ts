import { describe, expect, it } from 'vitest';
import { decodeOrKeep, fragmentId, urlOnOrigin } from '../../src/lib/url';

describe('reading addresses without trusting them', () => {
  it('decodes what it can and keeps a malformed escape as it stands, never throwing', () => {
    expect(decodeOrKeep('caf%C3%A9')).toBe('café');
    for (const bad of ['%', '%%', '%ZZ', '%E0%A4%A']) expect(decodeOrKeep(bad)).toBe(bad);
  });

  it('turns any fragment into an element id', () => {
    expect(fragmentId('#key-points')).toBe('key-points');
    expect(fragmentId('#%')).toBe('%');
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(fragmentId('')).toBe('');
  });

  it('joins a path that starts with // to the site, not to another host', () => {
    expect(urlOnOrigin('//', 'http://127.0.0.1:4173').href).toBe('http://127.0.0.1:4173//');
    expect(urlOnOrigin('//models/nordic/', 'http://127.0.0.1:4173').host).toBe('127.0.0.1:4173');
    expect(urlOnOrigin('/compare/?dimension=police', 'http://x.invalid/').pathname).toBe('/compare/');
  });
});
