import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { safetyMessages } from '../../i18n/safety';
import { LeaveNoTrailSetting } from './leave-no-trail-setting';
import { supportMessages } from '../../i18n/support';

const t = safetyMessages;

export function QuickExitPage() {
  return (
    <article className="page prose">
      <h1>{t.quickExitTitle}</h1>
      <p className="lead">{t.quickExitIntro}</p>
      <h2>{t.doesHeading}</h2>
      <ul>
        {t.does.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{t.doesNotHeading}</h2>
      <ul>
        {t.doesNot.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <LeaveNoTrailSetting />
      <h2>{t.noScriptHeading}</h2>
      <p>{t.noScript}</p>
      <h2>{t.privateHeading}</h2>
      <ul>
        {t.private.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{supportMessages.title}</h2>
      <p>
        <Link to={paths.support.getHref()}>{supportMessages.fromQuickExit}</Link>
      </p>
    </article>
  );
}
