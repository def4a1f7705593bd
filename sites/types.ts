/** What every site adapter turns the page's DOM into. No browser extension API, no storage, no model. */

export const SITE_IDS = [
  'x',
  'reddit',
  'old-reddit',
  'hackernews',
  'youtube',
  'linkedin',
  'facebook',
  'instagram',
  'threads',
  'bluesky',
  'mastodon',
  'tiktok',
] as const;

export type SiteId = (typeof SITE_IDS)[number];

export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && (SITE_IDS as readonly string[]).includes(value);
}

export type PostKind = 'post' | 'comment' | 'reply' | 'video' | 'story' | 'ad';

export interface Post {
  site: SiteId;
  /** Stable for the same post across re-renders: site id plus the post's own id or permalink. */
  key: string;
  author: string | null;
  text: string;
  permalink: string | null;
  sponsored: boolean;
  kind: PostKind;
}

export interface SiteAdapter {
  id: SiteId;
  /** Hosts and paths it handles. */
  matches(url: URL): boolean;
  /** The container to observe, or null (observe body). */
  feedRoot(doc: Document): Element | null;
  /** Post containers, outermost, in document order, no nested duplicates. */
  findPosts(root: ParentNode): Element[];
  /** null for empty placeholder shells. */
  readPost(el: Element): Post | null;
}
