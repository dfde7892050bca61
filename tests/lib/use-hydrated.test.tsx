/**
 * Hydration's end should render again only what it changes: a whole page rendered a second time
 * in one task is what kept a phone's main thread blocked after selective hydration (decision 027).
 */
import { act } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import { MemoryRouter, StaticRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { markPageHydrated, useHydratedSearch, useMountedAfterHydration } from '../../src/lib/use-hydrated';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

const renders: string[] = [];

function Search() {
  const search = useHydratedSearch();
  renders.push(search);
  return <p>query: {search || 'none'}</p>;
}

/** Prerenders `element` as the build does (no query string), then hydrates it at `url`. */
function hydrateAt(url: string, element: React.ReactNode): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<StaticRouter location={url.split('?')[0]!}>{element}</StaticRouter>);
  document.body.append(container);
  renders.length = 0;
  act(() => {
    root = hydrateRoot(container, <MemoryRouter initialEntries={[url]}>{element}</MemoryRouter>);
  });
  return container;
}

describe('useHydratedSearch', () => {
  it('hydrates a page opened without a query string in one render', () => {
    const container = hydrateAt('/compare/', <Search />);
    expect(container.textContent).toBe('query: none');
    expect(renders).toEqual(['']);
  });

  it('shows the query string once hydrated, when the address has one', () => {
    const container = hydrateAt('/compare/?dimension=safety', <Search />);
    expect(container.textContent).toBe('query: ?dimension=safety');
    expect(renders).toEqual(['', '?dimension=safety']);
  });
});

describe('useMountedAfterHydration', () => {
  function Mounted({ label }: { label: string }) {
    return (
      <p>
        {label}: {useMountedAfterHydration() ? 'later' : 'prerendered'}
      </p>
    );
  }

  it('is false for what hydration claims, and true for what mounts after the page has hydrated', () => {
    const container = hydrateAt('/', <Mounted label="first" />);
    expect(container.textContent).toBe('first: prerendered');
    act(() => markPageHydrated());
    act(() =>
      root!.render(
        <MemoryRouter initialEntries={['/']}>
          <Mounted label="first" />
          <Mounted label="second" />
        </MemoryRouter>,
      ),
    );
    // The first keeps what it read at mount, so hydration's end renders nothing again.
    expect(container.textContent).toBe('first: prerenderedsecond: later');
  });
});
