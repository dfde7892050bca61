import { messages } from '../i18n/messages';

export function LastReviewed({ date }: { date: string }) {
  return (
    <p className="last-reviewed">
      <time dateTime={date}>{messages.lastReviewed(date)}</time>
    </p>
  );
}
