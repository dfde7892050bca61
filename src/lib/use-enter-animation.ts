import { useReducedMotion, type MotionProps } from 'framer-motion';
import { useMountedAfterHydration } from './use-hydrated';
import { useMotionUnavailable } from './motion-availability';

/**
 * Props for content that should ease in when it appears after a reader's action. Prerendered
 * and hydrating content never starts hidden (it must read before JavaScript runs), and a
 * reader who asks for reduced motion gets no movement at all. Nor does anyone when the animation
 * features failed to load: content that starts transparent would then never appear.
 */
export function useEnterAnimation(): Pick<MotionProps, 'initial' | 'animate' | 'transition'> {
  // Read at mount: a hydrated page's content is already on screen and needs no second render.
  const appearedLater = useMountedAfterHydration();
  const reduce = useReducedMotion();
  const unavailable = useMotionUnavailable();
  if (!appearedLater || reduce || unavailable) return { initial: false };
  return {
    initial: { opacity: 0, y: 6 },
    animate: { opacity: 1, y: 0 },
    transition: { duration: 0.2, ease: 'easeOut' },
  };
}
