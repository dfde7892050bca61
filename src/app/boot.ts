/**
 * The one script a page's HTML loads. It starts the app once the browser has drawn the
 * prerendered page (decision 029): the app's code (about 100 kB) then neither delays the first
 * screen nor shares its first round trips. The page is whole and readable before that code
 * arrives: links and the quick exit button work from the first paint.
 */
import { loadCode, recoverFromStartFailure } from './router/recover';
import './styles.css';
import './styles-present.css';
import './styles-room.css';
import './styles-slides.css';
import './styles-reading.css';

function startApp(): void {
  loadCode(() => import('./entry-client')).catch(recoverFromStartFailure);
}

// The timer runs after the frame the callback precedes has been drawn. A hidden tab (a link
// opened in the background) draws no frames, so there the app starts at once.
if (document.visibilityState === 'hidden') startApp();
else requestAnimationFrame(() => setTimeout(startApp, 0));
