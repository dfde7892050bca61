import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useUrlState } from '../../src/lib/use-url-state';

interface Count {
  n: number;
}
const parse = (search: string): Count => ({ n: Number(new URLSearchParams(search).get('n') ?? 0) || 0 });
const hrefFor = ({ n }: Count) => (n ? `/count/?n=${n}` : '/count/');

const controls: { change: (c: (current: Count) => Count) => void; go: (to: string) => void } = {
  change: () => {},
  go: () => {},
};
const change = (c: (current: Count) => Count) => controls.change(c);
const go = (to: string) => controls.go(to);

function Counter() {
  const [state, update] = useUrlState(parse, hrefFor);
  const { pathname, search, state: entry } = useLocation();
  const navigate = useNavigate();
  // Hands the test the page's own controls, as a reader's taps would use them.
  useEffect(() => {
    controls.change = update;
    controls.go = (to) => void navigate(to);
  }, [update, navigate]);
  return (
    <p>
      <span data-testid="shown">{state.n}</span> <span data-testid="address">{`${pathname}${search}`}</span>{' '}
      <span data-testid="in-place">{String((entry as { keepFocus?: boolean } | null)?.keepFocus ?? false)}</span>
    </p>
  );
}

const shown = () => screen.getByTestId('shown').textContent;
const address = () => screen.getByTestId('address').textContent;

describe('useUrlState', () => {
  it('reads the state from the address, and writes a change to it in place', () => {
    render(
      <MemoryRouter initialEntries={['/count/?n=2']}>
        <Counter />
      </MemoryRouter>,
    );
    expect(shown()).toBe('2');
    act(() => change((c) => ({ n: c.n + 1 })));
    expect(shown()).toBe('3');
    expect(address()).toBe('/count/?n=3');
    expect(screen.getByTestId('in-place').textContent).toBe('true');
  });

  it('builds each quick change on the one before, even in the same tick: no tap is lost', () => {
    render(
      <MemoryRouter initialEntries={['/count/']}>
        <Counter />
      </MemoryRouter>,
    );
    act(() => {
      change((c) => ({ n: c.n + 1 }));
      change((c) => ({ n: c.n + 1 }));
      change((c) => ({ n: c.n + 1 }));
    });
    expect(shown()).toBe('3');
    expect(address()).toBe('/count/?n=3');
  });

  it('shows what a new address says once the reader goes elsewhere', () => {
    render(
      <MemoryRouter initialEntries={['/count/?n=5']}>
        <Counter />
      </MemoryRouter>,
    );
    act(() => change(() => ({ n: 6 })));
    act(() => go('/count/?n=1'));
    expect(shown()).toBe('1');
    act(() => change((c) => ({ n: c.n + 1 })));
    expect(shown()).toBe('2');
  });
});
