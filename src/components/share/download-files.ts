/**
 * Makes the files a reader downloads: pictures (PNG at a chosen size, or SVG) and tables (CSV),
 * each with its title, link, date and licence line. Loaded only when a reader asks for one.
 */
import { messages } from '../../i18n/messages';
import { licence, shareMessages } from '../../i18n/share';
import { toCsv } from './csv';
import type { ShareDownloads } from './downloads';
import { canvasMeasure, DEVICE_FONT_STACK, svgToPng } from './images/browser-render';
import { IMAGE_SIZES, type ImageSize } from './images/frame';
import { addPngText } from './images/png-text';

export type DownloadFormat = ImageSize | 'svg' | 'csv';

export interface DownloadFile {
  name: string;
  blob: Blob;
}

const t = shareMessages.file;

/** The date of the download, YYYY-MM-DD in the reader's time zone. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function dateLine(downloads: ShareDownloads, date: string): string {
  return [downloads.reviewed && t.reviewed(downloads.reviewed), t.downloaded(date)].filter(Boolean).join(' · ');
}

export async function makeDownload(
  downloads: ShareDownloads,
  format: DownloadFormat,
  link: string,
): Promise<DownloadFile> {
  const date = today();
  if (format === 'csv') {
    if (!downloads.loadTable) throw new Error('This view has no table to download.');
    const rows = await downloads.loadTable();
    const notes = [
      `${t.csvNotes.title}: ${downloads.title}`,
      `${t.csvNotes.link}: ${link}`,
      `${t.csvNotes.date}: ${dateLine(downloads, date)}`,
      `${t.csvNotes.licence}: ${licence.attribution(downloads.title, link)}`,
    ];
    return {
      name: `${downloads.fileStem}.csv`,
      blob: new Blob([toCsv(rows, notes)], { type: 'text/csv;charset=utf-8' }),
    };
  }
  if (!downloads.loadImage) throw new Error('This view has no picture to download.');
  const draw = await downloads.loadImage();
  const size = format === 'svg' ? IMAGE_SIZES.slides : IMAGE_SIZES[format];
  const svg = draw({
    ...size,
    measure: canvasMeasure(DEVICE_FONT_STACK),
    fontFamily: DEVICE_FONT_STACK,
    meta: { title: downloads.title, link, date: dateLine(downloads, date) },
  });
  if (format === 'svg') return { name: `${downloads.fileStem}.svg`, blob: new Blob([svg], { type: 'image/svg+xml' }) };
  const png = addPngText(await svgToPng(svg, size.width, size.height), {
    Title: downloads.title,
    Source: link,
    Copyright: licence.attribution(downloads.title, link),
    Author: messages.siteName,
    'Creation Time': date,
  });
  return {
    name: `${downloads.fileStem}-${size.width}x${size.height}.png`,
    blob: new Blob([png as BlobPart], { type: 'image/png' }),
  };
}

/** Hands a file to the browser's downloads, as a link with a download name would. */
export function saveFile({ name, blob }: DownloadFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the object URL can go after a moment.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
