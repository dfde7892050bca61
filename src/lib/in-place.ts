/**
 * A view that changes in place: a sort, a filter, the model in focus, the next slide, a search
 * as it is typed. Its address changes, so the view can be shared and survives a reload, but the
 * reader stays where they are: the history entry is replaced, the page does not scroll, and
 * focus stays on the control they used. Every such change passes these options to a `<Link>` or
 * `navigate`, and the scroll and focus code ask `isInPlace` of the location's state: one way,
 * not a flag per page. (React Router's `preventScrollReset` and `flushSync` options belong to
 * its data router, which this app does not use: they would do nothing here.)
 */
const IN_PLACE_STATE = { keepFocus: true } as const;

/** Options for `<Link {...inPlace}>` and `navigate(to, inPlace)`. */
export const inPlace = { replace: true, state: IN_PLACE_STATE } as const;

/** Whether a location was reached by a change in place (see above). */
export function isInPlace(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { keepFocus?: unknown }).keepFocus === true;
}
