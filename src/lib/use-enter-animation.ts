import { useReducedMotion, type MotionProps } from 'framer-motion';
import { useHydrated } from './use-hydrated';

/**
 * Props for content that should ease in when it appears after a reader's action. Prerendered
 * and hydrating content never starts hidden (it must read before JavaScript runs), and a
 * reader who asks for reduced motion gets no movement at all.
 */
export function useEnterAnimation(): Pick<MotionProps, 'initial' | 'animate' | 'transition'> {
  const hydrated = useHydrated();
  const reduce = useReducedMotion();
  if (!hydrated || reduce) return { initial: false };
  return {
    initial: { opacity: 0, y: 6 },
    animate: { opacity: 1, y: 0 },
    transition: { duration: 0.2, ease: 'easeOut' },
  };
}
