import { screen, within } from '@testing-library/react';
import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentFiles,
  type SourceKindPage,
  type SourcesOverview,
  type SourceWithUses,
} from '../../../src/content/payloads';
import { sourceEntry, writeContentFixture, writeEntry } from '../../fixtures/content-fixture';
import { contentFilesFrom, renderApp } from '../../render-app';

const patience = { timeout: 10_000 };

let root: string;
let files: Map<string, unknown>;
beforeAll(() => {
  root = writeContentFixture();
  writeEntry(
    root,
    'sources',
    'a-law-1999.yaml',
    stringify({ ...sourceEntry(), title: 'A law', authors: ['A Parliament'], year: 1999, kind: 'law' }),
  );
  // Every source must be cited somewhere.
  writeEntry(
    root,
    'glossary',
    'a-law-term.yaml',
    stringify({
      term: 'A law term',
      definition: 'Defined by a law.',
      sources: ['a-law-1999'],
      lastReviewed: '2026-11-01',
    }),
  );
  files = contentFilesFrom(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const h1 = () => screen.findByRole('heading', { level: 1 }, patience);

describe('the sources payloads', () => {
  it('count the sources of each kind, list each kind in brief, and write each source in full', () => {
    const overview = files.get(contentFiles.sources) as SourcesOverview;
    expect(overview.kinds).toEqual([
      { kind: 'law', count: 1 },
      { kind: 'peer-reviewed', count: 1 },
    ]);
    expect(overview.kindOf).toEqual({ 'a-law-1999': 'law', 'study-2020': 'peer-reviewed' });
    const studies = files.get(contentFiles.sourcesOfKind('peer-reviewed')) as SourceKindPage;
    expect(studies.kinds).toEqual(overview.kinds);
    expect(studies.sources).toEqual([
      { id: 'study-2020', title: 'A study', authors: ['Author A'], year: 2020, kind: 'peer-reviewed' },
    ]);
    expect(files.has(contentFiles.sourcesOfKind('journalism'))).toBe(false);
    const study = files.get(contentFiles.source('study-2020')) as SourceWithUses;
    expect(study).toMatchObject({
      publisher: 'A Journal 1(1)',
      position: expect.any(String),
      confidence: expect.any(String),
    });
    expect(study.usedIn.length).toBeGreaterThan(0);
  });
});

describe('the sources pages', () => {
  it('lead to a page for each kind of source, with how many there are', async () => {
    renderApp('/sources/', files);
    expect(await h1()).toHaveTextContent('Sources');
    const kinds = screen.getByRole('navigation', { name: 'Kinds of source' });
    expect(within(kinds).getByRole('link', { name: 'Law (1)' })).toHaveAttribute('href', '/sources/law/');
    expect(within(kinds).getByRole('link', { name: 'Peer-reviewed studies (1)' })).toBeInTheDocument();
  });

  it('list the sources of one kind, each leading to its full entry', async () => {
    renderApp('/sources/peer-reviewed/', files);
    expect(await h1()).toHaveTextContent('Peer-reviewed studies');
    expect(screen.getByRole('link', { name: 'Author 2020' })).toHaveAttribute(
      'href',
      '/sources/peer-reviewed/study-2020/',
    );
    expect(screen.queryByText(/A Parliament/)).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Kinds of source' });
    expect(within(nav).getByRole('link', { name: 'Peer-reviewed studies (1)' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('show one source with its kind, position, checks and where it is cited', async () => {
    renderApp('/sources/peer-reviewed/study-2020/', files);
    expect(await h1()).toHaveTextContent('Author 2020');
    expect(screen.getByText('A study')).toBeInTheDocument();
    expect(screen.getByText('Peer-reviewed study')).toBeInTheDocument();
    expect(screen.getByText(/A Journal 1\(1\)/)).toBeInTheDocument();
    const citedIn = screen.getByRole('region', { name: 'Cited in' });
    expect(within(citedIn).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('send an old link to one source on to its page, and a source filed under another kind to its own', async () => {
    const old = renderApp('/sources/#a-law-1999', files);
    expect(await screen.findByRole('heading', { level: 1, name: 'A Parliament 1999' }, patience)).toBeInTheDocument();
    expect(old.router.state.location.pathname).toBe('/sources/law/a-law-1999/');
    old.unmount();
    const moved = renderApp('/sources/journalism/a-law-1999/', files);
    expect(await screen.findByRole('heading', { level: 1, name: 'A Parliament 1999' }, patience)).toBeInTheDocument();
    expect(moved.router.state.location.pathname).toBe('/sources/law/a-law-1999/');
  });

  it.each(['/sources/journalism/', '/sources/law/no-such-source/'])('show the not-found page for %s', async (url) => {
    renderApp(url, files);
    expect(await h1()).toHaveTextContent('We could not find that page');
  });
});
