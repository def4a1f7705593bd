// Base64 → bytes without atob/Buffer, so the weights load the same in a content script, Node
// and tests: the browser's Uint8Array.fromBase64 where it has one, else a loop of our own.

const LOOKUP = new Uint8Array(128);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** The browser's own decoder (Chrome 140+, Firefox 133+): a page decodes the weights natively. */
const nativeDecode = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;

export function decodeBase64(s: string): Uint8Array {
  // Native, the 1.2 MB of weights decode in about a millisecond on a page that has not run this
  // loop before; the loop below, run once and cold in each page, took ~20 ms of its main thread.
  if (nativeDecode) return nativeDecode.call(Uint8Array, s);
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = LOOKUP[s.charCodeAt(i)]!, b = LOOKUP[s.charCodeAt(i + 1)]!;
    const c = i + 2 < len ? LOOKUP[s.charCodeAt(i + 2)]! : 0, d = i + 3 < len ? LOOKUP[s.charCodeAt(i + 3)]! : 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    s += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    s += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return s;
}
