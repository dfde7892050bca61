/**
 * framer-motion for the parts that animate (a scenario's outcome cards, presentation slides),
 * and only there: the library and its animation features load with those pages, not with the
 * first page of every visit (docs/performance.md). Inside, `m.*` components animate and follow
 * the reader's reduced-motion setting ("user": movement stops, fades stay short).
 *
 * The features arrive by a request of their own, which can fail (a dropped connection, a page
 * outliving its version offline). Content that eases in starts transparent and only the
 * animation reveals it, so when the features cannot load, motion is switched off: what is on
 * screen mounts again without its starting styles, and what comes later appears at once.
 */
import { LazyMotion, MotionConfig, type FeatureBundle } from 'framer-motion';
import type { ReactNode } from 'react';
import { markMotionUnavailable, useMotionUnavailable } from '../lib/motion-availability';

/**
 * Resolves with no features rather than rejecting when the load fails: LazyMotion has no error
 * path, and a rejection would surface as an uncaught error on a page that otherwise works.
 */
const loadMotionFeatures = (): Promise<FeatureBundle> =>
  import('./motion-features').then(
    (m) => m.default,
    () => {
      markMotionUnavailable();
      // No renderer: `m.*` components then render plain elements.
      return {} as FeatureBundle;
    },
  );

export function MotionScope({ children }: { children: ReactNode }) {
  const unavailable = useMotionUnavailable();
  return (
    <LazyMotion key={unavailable ? 'still' : 'moving'} features={loadMotionFeatures} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}
