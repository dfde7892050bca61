import { describe, expect, it } from 'vitest';
import { paths, safeReturnPath } from '../../src/config/paths';

describe('slide addresses', () => {
  it('write the slide as it opens without a step, and each later step as a path segment', () => {
    expect(paths.deckSlide.getHref('a-deck', 6)).toBe('/present/a-deck/6/');
    expect(paths.deckSlide.getHref('a-deck', 6, '', 0)).toBe('/present/a-deck/6/');
    expect(paths.deckSlide.getHref('a-deck', 6, '', 4)).toBe('/present/a-deck/6/4/');
    expect(paths.deckSlide.getHref('custom', 2, '?d=v1.x', 3)).toBe('/present/custom/2/3/?d=v1.x');
  });
});

describe('the way back from a presentation', () => {
  it('is a path on this site, with its query and fragment', () => {
    expect(safeReturnPath('/scenarios/client-turns-violent/')).toBe('/scenarios/client-turns-violent/');
    expect(safeReturnPath('/compare/?dimension=police&models=nordic#table')).toBe(
      '/compare/?dimension=police&models=nordic#table',
    );
  });

  it.each([
    '//evil.example/',
    'https://evil.example/',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'scenarios/x/',
    '',
    null,
    undefined,
  ])('is never %j, which could lead off the site', (value) => {
    expect(safeReturnPath(value)).toBeUndefined();
  });
});
