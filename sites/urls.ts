// Permalinks leave the page as absolute http(s) URLs or not at all.

/** Resolve href against the site's origin; null when missing, unparsable or not http(s). */
export function toAbsoluteUrl(href: string | null | undefined, origin: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, origin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Host check for matches(): exact host or any subdomain of it. */
export function isHost(url: URL, hosts: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Path segments without empty ones: '/a/b/' → ['a', 'b']. */
export function pathParts(href: string, origin: string): string[] {
  try {
    return new URL(href, origin).pathname.split('/').filter((p) => p.length > 0);
  } catch {
    return [];
  }
}
