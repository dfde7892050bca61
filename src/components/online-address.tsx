/**
 * A page's address as text, for print: the way back from paper to the online view. Before
 * hydration it can only show the path (the prerendered page does not know its host).
 */
import { useHref } from 'react-router';
import { messages } from '../i18n/messages';
import { useHydrated } from '../lib/use-hydrated';

export function OnlineAddress({ to, className = '' }: { to: string; className?: string }) {
  const hydrated = useHydrated();
  const path = useHref(to);
  return (
    <p className={`online-address ${className}`.trim()}>
      {messages.print.onlineAt}{' '}
      <span className="online-address-url">{hydrated ? `${window.location.origin}${path}` : path}</span>
    </p>
  );
}
