/**
 * A page starts resolving when the reader points at its link with a mouse or moves keyboard
 * focus to it, so by the click it is ready and shows in the click's own render. Not on touch.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryFetcher, setContentFetcher } from '../../../src/content/fetch-content';
import { renderApp, setUpAppContent } from '../../render-app';

const content = setUpAppContent();

const MODEL_FILE = 'models/nordic.json';

/** Renders home and counts fetches of the Nordic model's file from then on. */
async function homeCountingFetches() {
  renderApp('/', content());
  await screen.findByRole('heading', { level: 1, name: 'How the law shapes sex workers’ lives' });
  const fetched: string[] = [];
  const memory = memoryFetcher(content());
  setContentFetcher(async (path) => {
    fetched.push(path);
    return memory(path);
  });
  return { fetched, link: screen.getAllByRole('link', { name: 'Model 3' })[0]! };
}

describe('resolving a page on intent', () => {
  it('a mouse over a link resolves its page, so the click shows it at once', async () => {
    const { fetched, link } = await homeCountingFetches();
    fireEvent.pointerOver(link, { pointerType: 'mouse' });
    await waitFor(() => expect(fetched).toContain(MODEL_FILE));
    // Let the resolution settle, as the moment between pointing and pressing would.
    await act(() => new Promise((done) => setTimeout(done, 0)));
    fireEvent.click(link);
    // No waiting: the page is on screen in the render that follows the click.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Model 3');
    expect(fetched.filter((path) => path === MODEL_FILE)).toHaveLength(1);
  });

  it('keyboard focus on a link resolves its page', async () => {
    const { fetched, link } = await homeCountingFetches();
    act(() => link.focus());
    await waitFor(() => expect(fetched).toContain(MODEL_FILE));
  });

  it('a finger on a link does not: it may be scrolling past, on paid data', async () => {
    const { fetched, link } = await homeCountingFetches();
    fireEvent.pointerOver(link, { pointerType: 'touch' });
    await act(() => new Promise((done) => setTimeout(done, 20)));
    expect(fetched).toEqual([]);
  });

  it('nothing is fetched ahead when the browser asks to save data', async () => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    try {
      const { fetched, link } = await homeCountingFetches();
      fireEvent.pointerOver(link, { pointerType: 'mouse' });
      act(() => link.focus());
      await act(() => new Promise((done) => setTimeout(done, 20)));
      expect(fetched).toEqual([]);
    } finally {
      Reflect.deleteProperty(navigator, 'connection');
    }
  });
});
