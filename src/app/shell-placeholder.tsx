/** The offline shell's page until the app has rendered the real one (entry-server renderShell). */
import { messages } from '../i18n/messages';

export function ShellPlaceholder() {
  return (
    <section className="page">
      <p role="status">{messages.shell.opening}</p>
    </section>
  );
}
