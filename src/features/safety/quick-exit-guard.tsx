/**
 * What keeps the quick exit working whatever happens to the page: Shift pressed three times,
 * and leaving when another window of the site leaves. Mounted once, by the app, outside every
 * error boundary, so no URL, fragment or render error can take either away. (The button itself
 * is in every layout and in the error screen.)
 */
import { useEffect } from 'react';
import { followQuickExitFromOtherWindows } from './quick-exit';
import { ensureQuickExitShortcut } from './use-quick-exit-shortcut';

export function QuickExitGuard() {
  // Normally installed already, before hydration, by the entry script.
  useEffect(ensureQuickExitShortcut, []);
  useEffect(() => followQuickExitFromOtherWindows(), []);
  return null;
}
