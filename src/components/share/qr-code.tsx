/**
 * A QR code drawn as SVG from the `qrcode` library's module matrix (no image service, no raw
 * HTML). Black on white with a quiet zone, so phones read it from the back of a room.
 *
 * A long address (a hand-built deck, a comparison with a long note) needs a larger symbol: it
 * is drawn at error-correction level M where it fits and at L (more data, same largest symbol)
 * where only that fits. Past the largest QR code there is, the reader is told so in words
 * instead: a link too long to draw must never take the page down with it.
 */
import { create, type QRCodeErrorCorrectionLevel } from 'qrcode';
import { messages } from '../../i18n/messages';

const LEVELS: readonly QRCodeErrorCorrectionLevel[] = ['M', 'L'];

/** The module matrix at the highest error correction that fits, or undefined if none does. */
export function qrModules(text: string): { size: number; get: (row: number, col: number) => number } | undefined {
  for (const errorCorrectionLevel of LEVELS) {
    try {
      return create(text, { errorCorrectionLevel }).modules;
    } catch {
      // Too much data for this level: try the next one.
    }
  }
  return undefined;
}

export function QrCode({
  text,
  label,
  tooLong = messages.share.qrTooLong,
}: {
  text: string;
  label: string;
  tooLong?: string;
}) {
  const modules = qrModules(text);
  if (!modules) return <p className="qr-too-long">{tooLong}</p>;
  const size = modules.size;
  const quiet = 4;
  let d = '';
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  const full = size + quiet * 2;
  return (
    <svg className="qr-code" viewBox={`0 0 ${full} ${full}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={full} height={full} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

export default QrCode;
