import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';

// Pages load lazily (as in the browser); on a busy two-core machine that can take over 1 s.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks these browser APIs; framer-motion and the app touch them.
MotionGlobalConfig.skipAnimations = true;

if (typeof window !== 'undefined') {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
  class NoopObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  window.IntersectionObserver ??= NoopObserver as unknown as typeof IntersectionObserver;
  window.ResizeObserver ??= NoopObserver as unknown as typeof ResizeObserver;
  Element.prototype.scrollIntoView ??= () => {};
  window.scrollTo = () => {};
}
