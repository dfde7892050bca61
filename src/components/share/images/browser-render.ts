/**
 * In the reader's browser: text widths from a canvas, and a PNG drawn from the SVG. The SVG is
 * drawn as an image from a data: URL (allowed by the site's policy; nothing is fetched), with
 * the fonts already on the device.
 */
import type { Measure } from './text-fit';

/** The site's own font stack: the picture looks like the page it came from. */
export const DEVICE_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export function canvasMeasure(fontFamily: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('This browser cannot draw pictures (no canvas).');
  const cache = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      // Measured at 100 px and scaled, so one measurement serves every size.
      context.font = `${bold ? 'bold ' : ''}100px ${fontFamily}`;
      width = context.measureText(text).width / 100;
      cache.set(key, width);
    }
    return width * size;
  };
}

export async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw pictures (no canvas).');
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new Error('The picture could not be encoded as PNG.');
  return new Uint8Array(await blob.arrayBuffer());
}
