// Permalinks leave the page as absolute http(s) URLs or not at all.

/** Resolve href against the site's origin; null when missing, unparsable or not http(s). */
export function toAbsoluteUrl(href: string | null | undefined, origin: string): string | null {
  if (!href) return null;
  if (isPlainPath(href) && /^https?:\/\/[a-z0-9.-]+(?::\d+)?$/.test(origin)) return origin + href;
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

/**
 * A same-origin path ('/@ana/1?x') that URL parsing would return unchanged: ASCII letters,
 * digits and the characters a path keeps as they are; no scheme or host, no escape, no dot
 * segment to normalise.
 */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]*$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)/;

export function isPlainPath(href: string): boolean {
  return PLAIN_PATH.test(href) && !DOT_SEGMENT.test(href);
}

/**
 * Path segments without empty ones: '/a/b/' → ['a', 'b']. Feeds link mostly with plain paths,
 * read here without parsing a URL (the watcher asks for several per post).
 */
export function pathParts(href: string, origin: string): string[] {
  if (isPlainPath(href)) return splitPath(href.slice(0, endOfPath(href)));
  try {
    return splitPath(new URL(href, origin).pathname);
  } catch {
    return [];
  }
}

function endOfPath(href: string): number {
  const query = href.indexOf('?');
  const hash = href.indexOf('#');
  if (query < 0) return hash < 0 ? href.length : hash;
  return hash < 0 ? query : Math.min(query, hash);
}

function splitPath(path: string): string[] {
  return path.split('/').filter((p) => p.length > 0);
}
