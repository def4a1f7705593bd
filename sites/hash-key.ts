// Fallback post key where the page gives no id: a hash of author and text. Used only when
// nothing else exists (LinkedIn 2026, some Facebook posts), since edits change it.

/** cyrb53: a fast 53-bit string hash (public domain, bryc). Enough to tell posts apart on one device. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** `<site>:h<base36 hash>` of author and text. */
export function hashKey(site: string, author: string | null, text: string): string {
  return `${site}:h${hash53(`${author ?? ''}\u0000${text}`).toString(36)}`;
}
