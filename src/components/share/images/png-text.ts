/**
 * Writes text into a PNG as iTXt chunks (UTF-8, uncompressed), right after the header, so the
 * picture carries its title, link and licence in its file as well as on its face. Image
 * viewers and `exiftool` show them.
 */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const PNG_SIGNATURE_LENGTH = 8;
/** The IHDR chunk: length (4) + type (4) + 13 bytes of data + CRC (4). */
const IHDR_END = PNG_SIGNATURE_LENGTH + 25;

function iTXtChunk(keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  // keyword NUL, compression flag 0, method 0, language tag "" NUL, translated keyword "" NUL.
  const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(encoder.encode('iTXt'), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** The PNG with `entries` (keyword → text; keywords such as Title, Source, Copyright) added. */
export function addPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array {
  const chunks = Object.entries(entries).map(([keyword, text]) => iTXtChunk(keyword, text));
  const size = chunks.reduce((sum, c) => sum + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, IHDR_END), 0);
  let offset = IHDR_END;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  out.set(png.subarray(IHDR_END), offset);
  return out;
}

/** The iTXt and tEXt entries of a PNG (for tests and tools). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder();
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: Record<string, string> = {};
  for (let offset = PNG_SIGNATURE_LENGTH; offset + 8 <= png.length;) {
    const length = view.getUint32(offset);
    const type = decoder.decode(png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'iTXt' || type === 'tEXt') {
      const nul = data.indexOf(0);
      const keyword = decoder.decode(data.subarray(0, nul));
      if (type === 'tEXt') found[keyword] = decoder.decode(data.subarray(nul + 1));
      else {
        // Skip flag, method, then the language tag and translated keyword (each NUL-ended).
        let at = nul + 3;
        at = data.indexOf(0, at) + 1;
        at = data.indexOf(0, at) + 1;
        found[keyword] = decoder.decode(data.subarray(at));
      }
    }
    offset += 12 + length;
  }
  return found;
}
