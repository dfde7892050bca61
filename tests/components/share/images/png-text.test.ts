import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { addPngText, readPngText } from '../../../../src/components/share/images/png-text';

const png = () =>
  new Uint8Array(
    new Resvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="#5b2a86"/></svg>',
    )
      .render()
      .asPng(),
  );

describe('text written into a PNG', () => {
  it('reads back, in UTF-8, after the header', () => {
    const out = addPngText(png(), {
      Title: 'Police find condoms in a sex worker’s bag',
      Copyright: 'CC BY 4.0 “Sex work and the law”',
    });
    expect(readPngText(out)).toEqual({
      Title: 'Police find condoms in a sex worker’s bag',
      Copyright: 'CC BY 4.0 “Sex work and the law”',
    });
    // Still a PNG of the same size: signature, then IHDR first.
    expect([...out.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(out.buffer, out.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([4, 3]);
  });

  it('gives each chunk a correct CRC, so decoders accept the file', () => {
    const out = addPngText(png(), { Source: 'http://127.0.0.1/scenarios/x/' });
    // resvg parses PNGs strictly (it checks CRCs): drawing the file as an image must work.
    const data = Buffer.from(out).toString('base64');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="4" height="3"><image width="4" height="3" xlink:href="data:image/png;base64,${data}"/></svg>`;
    const pixels = new Resvg(svg).render().pixels;
    expect(pixels[0]).toBeGreaterThan(0x50);
    expect(pixels[2]).toBeGreaterThan(0x70);
  });
});
