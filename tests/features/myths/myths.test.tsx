import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFiles, type MythPage, type MythsPage } from '../../../src/content/payloads';
import { writeContentFixture, writeEntry } from '../../fixtures/content-fixture';
import { contentFilesFrom, renderApp } from '../../render-app';

const patience = { timeout: 10_000 };
const myth = (order: number, claim: string) => ({
  claim,
  verdict: 'false',
  answer: `What the evidence says about claim ${order}, with a [[term-one]].`,
  order,
  sources: ['study-2020'],
  lastReviewed: '2026-11-01',
});

let root: string;
let files: Map<string, unknown>;
beforeAll(() => {
  root = writeContentFixture();
  writeEntry(root, 'myths', 'first-myth.yaml', stringify(myth(1, 'The first thing people say')));
  writeEntry(root, 'myths', 'second-myth.yaml', stringify(myth(2, 'The second thing people say')));
  files = contentFilesFrom(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const h1 = () => screen.findByRole('heading', { level: 1 }, patience);

describe('the myths payloads', () => {
  it('list every myth in brief, without its sources, and give each its own page with them', () => {
    const list = files.get(contentFiles.myths) as MythsPage;
    expect(list.myths.map((m) => [m.id, m.sourceCount])).toEqual([
      ['first-myth', 1],
      ['second-myth', 1],
    ]);
    expect(list.myths[0]).not.toHaveProperty('sources');
    expect(list).not.toHaveProperty('sources');
    expect(list.terms.map((t) => t.id)).toEqual(['term-one']);
    const page = files.get(contentFiles.myth('second-myth')) as MythPage;
    expect(page.sources.map((s) => s.id)).toEqual(['study-2020']);
    expect(page.previous).toEqual({ id: 'first-myth', claim: 'The first thing people say' });
    expect(page.next).toBeNull();
  });
});

describe('the myths pages', () => {
  it('list every myth with its verdict and answer, and lead to its evidence', async () => {
    renderApp('/myths/', files);
    expect(await h1()).toHaveTextContent('Myths and evidence');
    const first = screen.getByRole('heading', { name: '“The first thing people say”' }).closest('li')!;
    expect(within(first).getByText('False')).toBeInTheDocument();
    expect(within(first).getByText(/What the evidence says about claim 1/)).toBeInTheDocument();
    await userEvent.click(
      within(first).getByRole('link', { name: 'The evidence on “The first thing people say”: 1 source' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: '“The first thing people say”' }, patience),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Full citation for Author 2020')).toBeInTheDocument();
  });

  it('give each myth a page with its sources and a way to the next one', async () => {
    renderApp('/myths/first-myth/', files);
    expect(await h1()).toHaveTextContent('“The first thing people say”');
    const nav = screen.getByRole('navigation', { name: 'Other myths' });
    await userEvent.click(within(nav).getByRole('link', { name: 'Next: The second thing people say' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: '“The second thing people say”' }, patience),
    ).toBeInTheDocument();
  });

  it('show the not-found page for a myth that does not exist', async () => {
    renderApp('/myths/no-such-myth/', files);
    expect(await h1()).toHaveTextContent('We could not find that page');
  });
});
