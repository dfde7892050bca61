/**
 * Hostile and malformed addresses for every kind of route, generated from the built site so the
 * list follows the content. Deterministic (a seeded sequence), so a failure can be reproduced.
 *
 * Each address says what a reader must get: the page it names (its prerendered heading), the
 * not-found page, or, where either is a fair answer (a path the browser rewrites, a damaged
 * deck link), any page at all. Never an error screen.
 */
import { readFileSync } from 'node:fs';
import { groupByKind, NOT_FOUND_PAGE, pageFile, pagesInSiteOrder } from '../../../scripts/bench/route-kinds';
import { encodeCustomDeck } from '../../../src/content/custom-deck';

export const NOT_FOUND_HEADING = 'We could not find that page';

export interface FuzzUrl {
  /** Path, query and fragment, as typed into the address bar (may hold malformed escapes). */
  url: string;
  /** The page's heading, "not-found", or "any" (a page, just not an error screen). */
  expect: string;
  /** Embeds have no quick exit, by design. */
  embed: boolean;
  /** Safe to open by in-app navigation (a path history.pushState accepts). */
  inApp: boolean;
  /** What made it, for failure messages. */
  kind: string;
}

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const decodeEntities = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The heading a prerendered page shows. */
export function prerenderedHeading(dist: string, pagePath: string): string | undefined {
  const html = readFileSync(pageFile(dist, pagePath), 'utf8');
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  return h1 === undefined ? undefined : decodeEntities(h1).trim();
}

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const BAD_FRAGMENTS = [
  '#%',
  '#%%',
  '#%ZZ',
  '#%E0%A4%A',
  '#%ff',
  '#<script>alert(1)</script>',
  '#"><img src=x onerror=alert(1)>',
  '#constructor',
  '#__proto__',
  '#' + 'x'.repeat(3000),
  '#%0A',
  '#%uD800',
];
const BAD_QUERIES = [
  '?%',
  '?x=%',
  '?d=%E0%A4%A',
  '?dimension=<script>',
  '?models=__proto__,constructor',
  '?topic=%0A',
  '?x=1&x=2&x=3',
  '?reveal=-1&p=NaN',
  '?' + 'a=1&'.repeat(200),
  '?sort=toString',
];
const BAD_IDS = [
  'no-such-thing',
  'café-漢字-😀',
  '%E2%80%AE',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'x'.repeat(1500),
  '%2e%2e%2f%2e%2e',
  'a%0Ab',
  '%00',
  'UPPER-case',
  'javascript:alert(1)',
  '%25',
  '..%2F..%2Fetc%2Fpasswd',
  ...PROTOTYPE_NAMES,
];
// Paths a browser rewrites (dot segments, double slashes) or that hold control characters.
const ODD_PATHS = [
  '//',
  '/.//',
  '/models/..//',
  '/%0A',
  '/%0D%0A/',
  '/glossary/%0D%0A/',
  '/places/..\\/',
  '/./models/',
  '/models/./nordic/',
  '/%2F%2F',
  '/models//nordic/',
  '/models/nordic',
  '/scenarios',
  '/learn',
];
const SLIDE_NUMBERS = ['0', '-1', '1.5', '999', '1e3', '0x1', '00001', '%201', 'NaN', '2147483648'];

function deckLinks(scenarioIds: string[]): string[] {
  const one = scenarioIds[0] ?? 'x';
  const deck = encodeCustomDeck({
    title: 'A deck',
    items: [
      { kind: 'scenario', id: one },
      { kind: 'model', id: 'nordic' },
    ],
  });
  const withPrototype = `v1.${Buffer.from(`t:Deck\ns:constructor\ns:__proto__\ns:${one}`).toString('base64url')}`;
  const huge = `v1.${Buffer.from(['t:Huge', ...Array.from({ length: 400 }, (_, i) => `s:${scenarioIds[i % scenarioIds.length] ?? one}`)].join('\n')).toString('base64url')}`;
  const longTitle = `v1.${Buffer.from(`t:${'Long title '.repeat(500)}\ns:${one}`).toString('base64url')}`;
  return [
    deck,
    `${deck}%23%25`,
    encodeURIComponent(`${deck}#%&x=1`),
    withPrototype,
    huge,
    longTitle,
    'v9.AAAA',
    'garbage!!',
    '%E0%A4%A',
    `v1.${Buffer.from('{"title":1,"items":"no"}').toString('base64url')}`,
  ];
}

/** `count` addresses, spread over every kind of route the build has. */
export function fuzzUrls(dist: string, count: number, scenarioIds: string[]): FuzzUrl[] {
  const next = random(20261207);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const kinds = [...groupByKind(pagesInSiteOrder(dist)).entries()].filter(([, pages]) => pages[0] !== NOT_FOUND_PAGE);
  const decks = deckLinks(scenarioIds);
  const headingOf = (path: string) => prerenderedHeading(dist, path) ?? 'any';
  const make = (url: string, expect: string, kind: string): FuzzUrl => ({
    url,
    expect,
    kind,
    embed: url.startsWith('/embed/'),
    inApp: url.startsWith('/') && !url.startsWith('//') && !/%0[AD]|%00|\\/i.test(url.split(/[?#]/)[0] ?? ''),
  });
  // A page's heading, unless its content depends on what only the browser sees (a deck in the link).
  const named = (path: string, kind: string) =>
    path.includes('/custom/') || kind === 'deckBuilder' ? 'any' : headingOf(path);

  const makers: ((kind: string, pages: string[]) => FuzzUrl | undefined)[] = [
    (kind, pages) => {
      const path = pick(pages);
      return make(path, named(path, kind), `${kind}: as built`);
    },
    (kind, pages) => {
      const path = pick(pages);
      return make(`${path}${pick(BAD_FRAGMENTS)}`, named(path, kind), `${kind}: bad fragment`);
    },
    (kind, pages) => {
      const path = pick(pages);
      // A query the page reads may change what it shows, never into an error.
      return make(`${path}${pick(BAD_QUERIES)}`, 'any', `${kind}: bad query`);
    },
    (kind, pages) => {
      const path = pick(pages);
      const segments = path.split('/').filter(Boolean);
      if (segments.length === 0) return make(`/${pick(BAD_IDS)}/`, NOT_FOUND_HEADING, `${kind}: unknown id`);
      segments[segments.length - 1] = pick(BAD_IDS);
      // Where the last segment is optional (a scenario's model in focus) the page may still be found.
      const expect =
        kind === 'scenarioFocus' || kind === 'deckSlide' || kind === 'presenter' ? 'any' : NOT_FOUND_HEADING;
      return make(`/${segments.join('/')}/`, expect, `${kind}: unknown id`);
    },
    (kind, pages) => {
      const path = pick(pages);
      return make(`${path}${pick(BAD_IDS)}/`, 'any', `${kind}: extra segment`);
    },
    () => make(pick(ODD_PATHS), 'any', 'odd path'),
    (kind, pages) => {
      if (kind !== 'deckSlide' && kind !== 'deck') return undefined;
      const deckId = pick(pages).split('/')[2] ?? 'custom';
      return make(`/present/${deckId}/${pick(SLIDE_NUMBERS)}/`, 'any', 'slide number');
    },
    () => {
      const page = pick([
        '/present/custom/',
        '/present/custom/1/',
        '/present/custom/presenter/',
        '/workshop/custom/',
        '/workshop/custom/cards/',
        '/present/build/',
      ]);
      return make(`${page}?d=${pick(decks)}`, 'any', 'hand-built deck link');
    },
  ];
  const urls: FuzzUrl[] = [];
  for (let i = 0; urls.length < count; i += 1) {
    const [kind, pages] = kinds[i % kinds.length]!;
    const made = makers[Math.floor(i / kinds.length) % makers.length]!(kind, pages);
    if (made) urls.push(made);
  }
  return urls;
}
