/**
 * Whatever fails above a page (the routes, a layout, scroll restoration, as a malformed fragment
 * once did), the reader still gets the quick exit: the app's own error screen carries it, and
 * Shift three times is held outside every error boundary.
 */
import { fireEvent, screen } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderApp, setUpAppContent } from '../render-app';

vi.mock('../../src/app/router/use-scroll-restoration', () => ({
  useScrollRestoration: ({ location }: { location: { hash: string } }) => {
    if (location.hash === '#boom') throw new URIError('URI malformed');
  },
}));

const files = setUpAppContent();
const replace = vi.fn();
const realLocation = window.location;
Object.defineProperty(window, 'location', { configurable: true, value: { ...realLocation, replace } });
afterAll(() => Object.defineProperty(window, 'location', { configurable: true, value: realLocation }));

describe('the error screen', () => {
  it('keeps the quick exit, its help link and Shift three times when everything above the page fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/#boom', files());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong on this page' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Exit this page/ })).toHaveAttribute('href', 'https://www.bbc.com/weather');
    expect(screen.getByRole('link', { name: 'How quick exit works' })).toBeInTheDocument();
    for (let i = 0; i < 3; i += 1) fireEvent.keyDown(window, { key: 'Shift' });
    expect(replace).toHaveBeenCalledWith('https://www.bbc.com/weather');
  });
});
