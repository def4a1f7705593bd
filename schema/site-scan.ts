/**
 * A feed tab's report of a page it scanned: the `feed/scanned` message (messaging/protocol.ts)
 * and, as the background keeps the last one per site, the `siteHealth` rows of an imported file
 * (backup/import-rows.ts). The limits and the form of the page's address are declared here once.
 */
export const SITE_SCAN_LIMITS = {
  /** The longest URL browsers reliably handle. */
  url: 2_048,
  /** Posts (or post-like containers) on one page: far past any feed a person scrolls. */
  count: 100_000,
} as const;

/** Feeds are served over https only (sites/registry.ts matches no other scheme). */
export const SCAN_URL_FORM = /^https:\/\//;

export function isScanUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SITE_SCAN_LIMITS.url && SCAN_URL_FORM.test(value);
}

export function isScanCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= SITE_SCAN_LIMITS.count;
}
