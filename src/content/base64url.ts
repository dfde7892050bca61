/**
 * UTF-8 text ⇄ base64url (RFC 4648 §5, no padding). Decoding is lenient on purpose: a link
 * that a chat app cut short or mangled still yields the bytes that survived, never an error.
 */
export function encodeBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeBase64Url(value: string): string {
  // Accept the standard alphabet too, and drop anything else (spaces, quotes, line breaks).
  let clean = value
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/[^A-Za-z0-9_-]/g, '');
  // One leftover character carries fewer than 8 bits: it cannot be decoded, so it goes.
  if (clean.length % 4 === 1) clean = clean.slice(0, -1);
  const binary = atob(
    clean
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(clean.length / 4) * 4, '='),
  );
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  // fatal: false turns a character cut in half into U+FFFD instead of throwing.
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
