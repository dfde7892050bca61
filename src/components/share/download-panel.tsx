/** The list of files a view can be downloaded as; each is made on the reader's device on request. */
import { useState } from 'react';
import { shareMessages } from '../../i18n/share';
import type { DownloadFormat } from './download-files';
import type { ShareDownloads } from './downloads';

const t = shareMessages.downloads;

const IMAGE_FORMATS: { format: DownloadFormat; label: string }[] = [
  { format: 'slides', label: t.slides },
  { format: 'social', label: t.social },
  { format: 'square', label: t.square },
  { format: 'svg', label: t.svg },
];

export function DownloadPanel({ id, hidden, downloads }: { id: string; hidden: boolean; downloads: ShareDownloads }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const formats = [
    ...(downloads.loadImage ? IMAGE_FORMATS : []),
    ...(downloads.loadTable ? [{ format: 'csv' as const, label: t.csv }] : []),
  ];
  const download = async (format: DownloadFormat) => {
    setBusy(true);
    setStatus(t.preparing);
    try {
      const { makeDownload, saveFile } = await import('./download-files');
      const file = await makeDownload(downloads, format, window.location.href);
      saveFile(file);
      setStatus(t.done(file.name));
    } catch {
      setStatus(t.failed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div id={id} hidden={hidden} className="share-panel">
      <h2 className="share-panel-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <ul className="download-list">
        {formats.map(({ format, label }) => (
          <li key={format}>
            <button type="button" aria-disabled={busy} onClick={() => !busy && void download(format)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="share-status">
        {status}
      </p>
    </div>
  );
}
