/** The frame for embeddable views: no site navigation, just the content and where it is from. */
import { Outlet } from 'react-router';
import { messages } from '../i18n/messages';

export function EmbedLayout() {
  return (
    <main id="main" className="embed">
      <Outlet />
      <p className="embed-credit">{messages.siteName}</p>
    </main>
  );
}
