/**
 * The frame for presenting: the slide fills the screen, with no site header, navigation or
 * footer. The quick exit stays, small, in a corner (and Shift three times still works).
 */
import { Outlet } from 'react-router';
import { QuickExitButton } from '../features/safety/quick-exit-button';
import { useFocusOnNavigation } from './navigation-effects';

export function PresentationLayout() {
  useFocusOnNavigation();
  return (
    <div className="presentation-layout">
      <QuickExitButton />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
