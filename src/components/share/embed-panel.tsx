/** The code to embed a view in another site, with a button to copy it. */
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { shareMessages } from '../../i18n/share';
import { embedSnippet } from './embed-protocol';

const t = shareMessages.embedPanel;

export interface EmbedOptions {
  /** Router path of the embeddable version of the view. */
  path: string;
  /** The frame's height when the host page runs no script: enough for the view at about 760 px wide. */
  height: number;
}

export function EmbedPanel({
  id,
  hidden,
  src,
  title,
  height,
}: {
  id: string;
  hidden: boolean;
  src: string;
  title: string;
  height: number;
}) {
  const [copied, setCopied] = useState(false);
  const snippet = embedSnippet({ src, title, height });
  return (
    <div id={id} hidden={hidden} className="share-panel share-embed">
      <h2 className="share-panel-heading">{t.heading}</h2>
      <p>{t.help}</p>
      <label className="share-link">
        {t.label}
        <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button
        type="button"
        onClick={async () => {
          setCopied(await copyText(snippet));
        }}
      >
        {t.copy}
      </button>
      <p role="status" className="share-status">
        {copied ? t.copied : ''}
      </p>
      <p>
        <Link to={paths.reuse.getHref('#embed')}>{t.how}</Link>
      </p>
    </div>
  );
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
