import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { m } from 'framer-motion';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MotionScope } from '../../src/components/motion-scope';
import { useEnterAnimation } from '../../src/lib/use-enter-animation';
import { markPageHydrated } from '../../src/lib/use-hydrated';

// The animation features arrive by a request of their own; here that request fails, as on a
// dropped connection.
vi.mock('../../src/components/motion-features', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

function EasesIn({ children }: { children: string }) {
  return <m.p {...useEnterAnimation()}>{children}</m.p>;
}

function Reveal() {
  const [shown, setShown] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setShown(true)}>
        Show the answer
      </button>
      {shown && <EasesIn>The answer</EasesIn>}
    </>
  );
}

/** Content that eases in is visible only if nothing holds it transparent or displaced. */
const isVisible = (element: HTMLElement) => element.style.opacity !== '0' && !element.style.transform;

describe('MotionScope when the animation features cannot load', () => {
  it('shows what eases in, already on screen and appearing later, and raises no uncaught error', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      // After the first page has hydrated (a later page, say), content eases in as it mounts.
      markPageHydrated();
      render(
        <MotionScope>
          <EasesIn>Already here</EasesIn>
          <Reveal />
        </MotionScope>,
      );
      // Mounted before the failure was known: it starts transparent, waiting for the animation.
      expect(isVisible(screen.getByText('Already here'))).toBe(false);
      await vi.waitFor(() => expect(isVisible(screen.getByText('Already here'))).toBe(true));

      await userEvent.click(screen.getByRole('button', { name: 'Show the answer' }));
      expect(isVisible(screen.getByText('The answer'))).toBe(true);

      await act(() => new Promise((done) => setTimeout(done, 20)));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
