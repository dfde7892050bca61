/**
 * The words of "Use this guide offline" (src/components/save-offline-panel.tsx).
 * Split from messages.ts so this text loads only with the panel (docs/decisions/003).
 */
const size = (bytes: number) =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;

export const offlineMessages = {
  heading: 'Use this guide offline',
  intro: 'Pages you open are kept on this device, so they open again without a connection.',
  offer: 'To have every page ready offline (for a workshop without Wi-Fi, say), save the whole guide.',
  save: (download: number) => `Save the whole guide for offline use (${size(download)})`,
  sizeNote: (download: number, stored: number) =>
    `About ${size(download)} to download; it takes about ${size(stored)} of space on this device. You can remove it at any time on the privacy page.`,
  saving: (done: number, total: number) => `Saving the guide: ${done} of ${total} files…`,
  saved: (date: string) => `The whole guide is saved on this device (${date}): every page opens without a connection.`,
  outdated: 'The guide has changed since you saved it. Save it again to have the new version offline.',
  incomplete: (missing: number) =>
    `${missing} ${missing === 1 ? 'file' : 'files'} could not be saved, so some pages may not open offline. Check your connection and try again.`,
  noWorker: 'Saving for offline use needs this page to be reloaded once. Reload it, then try again.',
  unavailable:
    'This browser does not let websites keep pages for offline use (in some private windows, or by its settings).',
  failed: 'The guide could not be saved. Check your connection and try again.',
  noTrail: 'Pages are not kept for offline use, because “Leave no trail” is on (see “How quick exit works”).',
  remove: 'Remove the offline copy',
  formatDate: (iso: string) =>
    new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
} as const;
