/**
 * Shown in place of a page whose code, content or render failed: never a blank screen. (A URL
 * that names no content is not an error: it resolves to the not-found page.)
 */
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { messages } from '../i18n/messages';

export function RouteError() {
  return (
    <section className="page error-page">
      <h1>{messages.error.title}</h1>
      <p>{messages.error.text}</p>
      <p>
        <Link to={paths.home.getHref()}>{messages.error.home}</Link>
      </p>
    </section>
  );
}
