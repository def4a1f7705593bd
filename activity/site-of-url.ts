/**
 * The "site" time is counted against: the page's host name, without a leading "www.".
 * Only web pages count; the browser's own pages (new tab, settings, extensions) are not a site.
 */
export function siteOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  if (!host) return null;
  return host.startsWith('www.') ? host.slice(4) : host;
}
