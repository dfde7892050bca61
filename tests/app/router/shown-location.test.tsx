/**
 * Moving between pages through the real app: the page on screen stays until the next one has
 * its code and content, and a failed load shows the error page rather than a blank one.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memoryFetcher, setContentFetcher } from '../../../src/content/fetch-content';
import { renderApp, setUpAppContent } from '../../render-app';

const content = setUpAppContent();

const h1 = () => screen.findByRole('heading', { level: 1 });

describe('going from one page to the next', () => {
  it('keeps the current page on screen until the next one has loaded, then shows it', async () => {
    const { router } = renderApp('/', content());
    expect(await h1()).toHaveTextContent('How the law shapes sex workers’ lives');
    // Hold the model's file back until the test lets it go.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const memory = memoryFetcher(content());
    setContentFetcher(async (path) => {
      if (path === 'models/nordic.json') await held;
      return memory(path);
    });
    await userEvent.click(screen.getAllByRole('link', { name: 'Model 3' })[0]!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/models/nordic/'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How the law shapes sex workers’ lives');
    release();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Model 3'));
    expect(document.title).toMatch(/^Model 3/);
  });

  it('shows the error page, with a way home, when the next page cannot load', async () => {
    renderApp('/', content());
    await h1();
    const memory = memoryFetcher(content());
    setContentFetcher(async (path) => {
      if (path === 'models/nordic.json') throw new Error('offline');
      return memory(path);
    });
    await userEvent.click(screen.getAllByRole('link', { name: 'Model 3' })[0]!);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong on this page' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toBeInTheDocument();
  });

  it('shows a change to the page’s own query state (a sort) in the same commit as the URL', async () => {
    const { router } = renderApp('/places/', content());
    await screen.findByRole('heading', { level: 1, name: 'Where each model applies' });
    // No waiting: a page seen before with only its sort changed must not resolve again, or a
    // link pressed right after the sort would carry the old state (and a second press on the
    // same header would not reverse the order).
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Model' }));
    expect(router.state.location.search).toBe('?sort=model');
    expect(screen.getByRole('columnheader', { name: /Model/ })).toHaveAttribute('aria-sort', 'ascending');
    const filter = screen.getByRole('navigation', { name: 'Show places by model' });
    expect(within(filter).getByRole('link', { name: 'Model 3' }).getAttribute('href')).toContain('sort=model');
  });
});
