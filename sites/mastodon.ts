// Mastodon web UI (mastodon.social and any instance the person adds): home, local/federated,
// profiles, threads. Instances share the same front end, so one adapter serves all hosts.
// Evidence: SELECTORS.md (MASTO = mastodon/mastodon status.jsx; DEF detailed status); no saved real
// page here, so sites/fixtures/mastodon-*.html are written by hand from it (real Mastodon 4.6 home and
// profile pages were read 3 of 3 with these hooks).
import { defineAdapter } from './define-adapter';
import { defineSite } from './define-site';
import { collectOutermost, firstOutside } from './dom';
import { readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { isHost, isPlainPath, pathParts, toAbsoluteUrl } from './urls';

export const mastodonSite = defineSite({
  id: 'mastodon',
  name: 'Mastodon',
  // More instances are added at run time with the person's permission (settings/mastodon-instances.ts).
  hosts: ['mastodon.social'],
  matches: ['https://mastodon.social/*'],
  postHooks: 'article[data-id], div.status[data-id], .detailed-status',
  pages: [
    ['thread', /^\/@[^/]+\/\d+|^\/deck\/@[^/]+\/\d+/],
    ['profile', /^\/(deck\/)?@/],
    ['search', /^\/(deck\/)?(search|tags\/)/],
    ['feed', /^\/(deck\/)?(home|public(\/local|\/remote)?|explore|lists\/[^/]+)?\/?$/],
  ],
});

/** The instances read without asking; others are added by the person. */
export const DEFAULT_MASTODON_HOSTS = mastodonSite.hosts;

export const SELECTORS = {
  /** MASTO: list items are article[data-id]; a thread's focal status is .detailed-status (DEF). Off-screen
   * articles are emptied to a sized placeholder (IntersectionObserverArticle). */
  post: 'article[data-id], .detailed-status__wrapper, div.status[data-id]',
  detailed: '.detailed-status',
  displayName: 'a.status__display-name, a.detailed-status__display-name',
  text: '.status__content__text, .detailed-status .status__content',
  /** The box around the text (and its content warning): the label goes after it. */
  contentBox: '.status__content',
  /** Quoted posts (Mastodon 4.4+): the inner status carries .status--is-quote. */
  quote: '.status--is-quote, .quoted-status',
  permalink: 'a.status__relative-time, a.detailed-status__datetime',
  /** "X boosted": not the author. */
  prepend: '.status__prepend',
} as const;

const DETAILED_CLASS = SELECTORS.detailed.slice(1);
const STATUS_PAGE = /\/\d+\/?$/;

/** The adapter for these instances; adapterFor (sites/index.ts) adds the ones the person chose. */
/* @__NO_SIDE_EFFECTS__ */
export function createMastodonAdapter(hosts: readonly string[] = DEFAULT_MASTODON_HOSTS): SiteAdapter {
  return defineAdapter(mastodonSite, {
    matches: (url) => isHost(url, hosts),
    // The body: the first .scrollable is one column of several in the advanced layout, and the column
    // is replaced when the person opens a thread or a profile.
    feedRoot: () => null,
    findPosts: (root) => collectOutermost(root, SELECTORS.post),
    readPost: readStatus,
    // After the status's content box, outside its collapsible text.
    labelAnchor: (el) => firstOutside(el, SELECTORS.contentBox, Array.from(el.querySelectorAll(SELECTORS.quote))),
  });
}

export const mastodonAdapter: SiteAdapter = createMastodonAdapter();

function readStatus(el: Element): Post | null {
  const origin = el.ownerDocument.location?.origin ?? 'https://mastodon.social';
  const quotes = Array.from(el.querySelectorAll(SELECTORS.quote));
  const text = readText(firstOutside(el, SELECTORS.text, quotes));
  const nameLink = firstOutside(el, SELECTORS.displayName, quotes);
  const acct = nameLink ? acctOf(nameLink.getAttribute('href'), origin) : null;
  const permalink = toAbsoluteUrl(firstOutside(el, SELECTORS.permalink, quotes)?.getAttribute('href'), origin);
  if (!text && !acct && !permalink) return null; // placeholder for an article scrolled out of view
  const id = el.getAttribute('data-id') ?? el.querySelector('[data-id]')?.getAttribute('data-id');
  return {
    site: 'mastodon',
    key: `mastodon:${permalink ?? `${new URL(origin).host}/${id ?? ''}`}`,
    author: acct,
    text,
    permalink,
    sponsored: false, // Mastodon has no ads
    kind: isReply(el) ? 'reply' : 'post',
  };
}

/** "/@user" → "user"; "/@user@other.host" or "https://other.host/@user" → "user@other.host". */
function acctOf(href: string | null, origin: string): string | null {
  if (!href) return null;
  const first = pathParts(href, origin)[0];
  if (!first?.startsWith('@')) return null;
  const acct = first.slice(1);
  if (acct.includes('@') || isPlainPath(href)) return acct;
  const host = new URL(href, origin).host;
  return host === new URL(origin).host ? acct : `${acct}@${host}`;
}

/** In a thread, statuses after the focal (detailed) one answer it. */
function isReply(el: Element): boolean {
  // Only a status page (/@ana/113…, /deck/@ana/113…, /statuses/113…) has a focal status; on a
  // timeline, looking for one would walk the whole feed once per post.
  if (!STATUS_PAGE.test(el.ownerDocument.location?.pathname ?? '')) return false;
  const focal = el.ownerDocument.getElementsByClassName(DETAILED_CLASS)[0];
  if (!focal || el.contains(focal)) return false;
  return Boolean(focal.compareDocumentPosition(el) & 4); // DOCUMENT_POSITION_FOLLOWING
}
