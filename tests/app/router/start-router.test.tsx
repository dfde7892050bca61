/**
 * The router the app starts with renders the address the page on screen was made for, then
 * catches up with any change a script made while the app was starting.
 */
import { act, render } from '@testing-library/react';
import { useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHistory, StartRouter } from '../../../src/app/router/start-router';

function Shown({ rendered }: { rendered: string[] }) {
  const { pathname, search } = useLocation();
  rendered.push(`${pathname}${search}`);
  return <p>{`${pathname}${search}`}</p>;
}

function start(rendered: string[], changeBeforeRender?: () => void) {
  const history = createHistory();
  const startLocation = history.location;
  changeBeforeRender?.();
  return render(
    <StartRouter history={history} startLocation={startLocation} basename="/">
      <Shown rendered={rendered} />
    </StartRouter>,
  );
}

beforeEach(() => window.history.replaceState(null, '', '/models/'));

describe('StartRouter', () => {
  it('renders the address it started at, once, when nothing changed it', () => {
    const rendered: string[] = [];
    const { container } = start(rendered);
    expect(rendered).toEqual(['/models/']);
    expect(container.textContent).toBe('/models/');
  });

  it('first renders the start address, then the one a script moved to before it committed', () => {
    const rendered: string[] = [];
    const { container } = start(rendered, () => window.history.pushState(null, '', '/compare/?dimension=police'));
    // The first render is what the prerendered HTML shows, so hydration would match it.
    expect(rendered[0]).toBe('/models/');
    expect(rendered.at(-1)).toBe('/compare/?dimension=police');
    expect(container.textContent).toBe('/compare/?dimension=police');
  });

  it('follows back and forward once started, as BrowserRouter does', () => {
    const rendered: string[] = [];
    const { container } = start(rendered);
    act(() => {
      window.history.pushState(null, '', '/learn/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(container.textContent).toBe('/learn/');
  });
});
