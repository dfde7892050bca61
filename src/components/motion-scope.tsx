/**
 * framer-motion for the parts that animate (a scenario's outcome cards, presentation slides),
 * and only there: the library and its animation features load with those pages, not with the
 * first page of every visit (docs/performance.md). Inside, `m.*` components animate and follow
 * the reader's reduced-motion setting ("user": movement stops, fades stay short).
 */
import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);

export function MotionScope({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}
