/**
 * "Exit this page", on every page, early in the tab order. Without JavaScript it is a plain
 * link to the neutral site; with it, the page is replaced so Back does not return here, and
 * every other window of the site leaves too. (Shift three times: QuickExitGuard, in the app.)
 */
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { QUICK_EXIT_URL } from '../../config/safety';
import { messages } from '../../i18n/messages';
import { quickExit } from './quick-exit';

const t = messages.safety;

export function QuickExitButton() {
  return (
    <section className="quick-exit" aria-label={t.regionLabel}>
      <a
        className="quick-exit-button"
        href={QUICK_EXIT_URL}
        rel="noreferrer noopener"
        onClick={(event) => {
          event.preventDefault();
          quickExit();
        }}
      >
        {t.exit}
        <span className="visually-hidden">. {t.exitHint}</span>
      </a>
      <Link className="quick-exit-help" to={paths.quickExit.getHref()}>
        {t.about}
      </Link>
    </section>
  );
}
