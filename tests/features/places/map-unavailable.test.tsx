/** The table is the map's equivalent: it must work when the map's code cannot be loaded. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addPlacesFixture, writeContentFixture } from '../../fixtures/content-fixture';
import { contentFilesFrom, renderApp } from '../../render-app';

// As if the map's chunk were blocked or the connection dropped: importing it fails.
vi.mock('../../../src/features/places/world-map', () => {
  throw new Error('network error');
});

// The whole unit suite shares two cores; give the router and lazy modules time to settle.
const patience = { timeout: 10_000 };

let root: string;
beforeAll(() => {
  root = writeContentFixture();
  addPlacesFixture(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the places page without its map', () => {
  it('says the map could not load, and the table still sorts', async () => {
    const { router } = renderApp('/places/', contentFilesFrom(root));
    expect(
      await screen.findByText('The map could not be loaded. The table below lists every place.', {}, patience),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /every place in this guide/i });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Sort by Model' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=model'), patience);
    await waitFor(() =>
      expect(within(table).getByRole('columnheader', { name: /Model/ })).toHaveAttribute('aria-sort', 'ascending'),
    );
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => within(c).getByRole('link').textContent),
    ).toEqual(['A State', 'Somewhere']);
  });
});
