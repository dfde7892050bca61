/** Shown in place of a page whose loader or render failed: never a blank screen. */
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../config/paths';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { messages } from '../i18n/messages';

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
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
