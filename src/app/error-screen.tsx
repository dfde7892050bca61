/**
 * What shows when even a layout fails to render: the quick exit and a way on, never a page
 * without them. (A page that fails inside its layout shows RouteError there instead.)
 */
import { QuickExitButton } from '../features/safety/quick-exit-button';
import { messages } from '../i18n/messages';
import { RouteError } from './route-error';

export function ErrorScreen({ embedded }: { embedded: boolean }) {
  if (embedded)
    return (
      <main id="main" className="embed">
        <RouteError />
      </main>
    );
  return (
    <>
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
      <QuickExitButton />
      <main id="main" tabIndex={-1}>
        <RouteError />
      </main>
    </>
  );
}
