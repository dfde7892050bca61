/**
 * Reuse and licence: what anyone may do with the guide, how to credit it, the embed protocol
 * in brief, and the whole content library as one file with its schema. The library is a plain
 * link: it downloads only when a reader asks for it.
 */
import { paths } from '../../config/paths';
import { EMBED_HEIGHT_MESSAGE, EMBED_PING_MESSAGE } from '../../components/share/embed-protocol';
import { licence, reuseMessages as t } from '../../i18n/share';

const href = (path: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;

export function ReusePage() {
  return (
    <article className="page reuse-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <section aria-labelledby="licence">
        <h2 id="licence">{t.licenceHeading}</h2>
        <p>
          {t.content}{' '}
          <a href={licence.url} rel="license">
            {licence.fullName}
          </a>
        </p>
        <p>{t.code}</p>
        <p>{t.thirdParty}</p>
      </section>
      <section aria-labelledby="credit">
        <h2 id="credit">{t.creditHeading}</h2>
        <p>{t.creditIntro}</p>
        <blockquote className="attribution">
          <p>{licence.attribution(t.creditExample, t.creditLinkPlaceholder)}</p>
        </blockquote>
        <p>{t.changed}</p>
      </section>
      <section aria-labelledby="views">
        <h2 id="views">{t.viewsHeading}</h2>
        <p>{t.viewsText}</p>
      </section>
      <section aria-labelledby="embed">
        <h2 id="embed">{t.embedHeading}</h2>
        <p>{t.embedText}</p>
        <p>{t.embedProtocol(EMBED_HEIGHT_MESSAGE, EMBED_PING_MESSAGE)}</p>
      </section>
      <section aria-labelledby="library">
        <h2 id="library">{t.downloadsHeading}</h2>
        <p>{t.downloadsIntro}</p>
        <ul>
          <li>
            <a href={href(paths.contentLibrary.getHref())} download>
              {t.libraryLink}
            </a>
          </li>
          <li>
            <a href={href(paths.contentLibrarySchema.getHref())} download>
              {t.schemaLink}
            </a>
          </li>
        </ul>
      </section>
    </article>
  );
}
