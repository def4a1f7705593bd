// The shape every site adapter produces. The feed watcher, the model and storage depend on it,
// so it changes only with them.

import type { SiteId } from './registry';

// The site list is declared once, in sites/registry.ts; these names stay importable from here.
export { isSiteId, SITE_IDS, type PageKind, type SiteId } from './registry';

/**
 * What the container is, not whether it is paid for (that is `sponsored`).
 * - post: a top-level post in a feed (also the focal post of a status/thread page)
 * - reply: a post answering the focal post of a thread page (X, Bluesky, Threads, Mastodon)
 * - comment: an item in a comment tree (Reddit, old.reddit, Hacker News)
 * - video: a video tile, a Short, or the watched video (YouTube, TikTok, Instagram reels)
 * - story: a Hacker News submission
 * - ad: a unit that is only an ad slot rather than somebody's post (YouTube promoted tiles and ad
 *   slots). A promoted post by an account (X, Reddit, LinkedIn, Facebook) stays `post` with
 *   `sponsored: true`; `ad` always comes with `sponsored: true`.
 */
export type PostKind = 'post' | 'comment' | 'reply' | 'video' | 'story' | 'ad';

export interface Post {
  site: SiteId;
  /** Stable across re-renders: `<site>:<post id>`; `<site>:h<hash>` of author+text only where the page has no id. */
  key: string;
  /** The account as the site names it, without decoration: X/Threads/Bluesky/TikTok/Instagram handle without "@",
   * Reddit/HN user name, Mastodon acct (`user` or `user@host`), display name on YouTube, LinkedIn and Facebook. */
  author: string | null;
  /** Plain text (textContent), whitespace collapsed, at most TEXT_LIMIT characters. May be '' (media-only posts). */
  text: string;
  /** Absolute URL, or null where the page has none. */
  permalink: string | null;
  sponsored: boolean;
  kind: PostKind;
  /**
   * The platform's own mark that the content is AI-made, where the post shows one (sites/provenance.ts).
   * Evidence of its own: the `ai` label shows with this reason whatever the model's score.
   */
  provenance?: Provenance;
}

/**
 * What a platform's own AI mark says:
 * - altered-or-synthetic: YouTube's "Altered or synthetic content"
 * - ai-generated: TikTok's "AI-generated" / "Creator labeled as AI-generated"
 * - ai-info: Meta's "AI info" / "Made with AI" (Facebook, Instagram, Threads)
 * - community-note: an X Community Note that says the media is AI-made
 * - labeler: a Bluesky labeler's label shown on the post (its name in `label`)
 */
export type ProvenanceClaim = 'altered-or-synthetic' | 'ai-generated' | 'ai-info' | 'community-note' | 'labeler';

export interface Provenance {
  source: SiteId;
  says: ProvenanceClaim;
  /** The platform's own words where they vary (a Bluesky labeler's label name), at most 60 characters. */
  label?: string;
}

export interface SiteAdapter {
  id: SiteId;
  /**
   * Hosts it handles. Feeds are single-page apps, so paths are not checked: findPosts finds nothing elsewhere.
   * defineAdapter gives the hosts the site declares (defineSite) when an adapter names none of its own.
   */
  matches(url: URL): boolean;
  /** The container to observe, or null (observe body). */
  feedRoot(doc: Document): Element | null;
  /** Post containers in root (root included), outermost only, in document order. Never throws. */
  findPosts(root: ParentNode): Element[];
  /** null for empty placeholder shells (and for anything it cannot read). Never throws. */
  readPost(el: Element): Post | null;
  /**
   * Where a label reads best: Realign's badge goes right after this element, usually the post's
   * own text. Absent or null: at the top of the post. Never throws.
   */
  labelAnchor?(el: Element): Element | null;
}
