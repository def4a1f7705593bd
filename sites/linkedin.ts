// LinkedIn home feed: the 2022–25 markup (activity URNs, BEM classes) and the 2026 server-driven
// UI feed (test ids, componentkey suffixes, hashed classes, no URN and so no permalink).
// Evidence: SELECTORS.md (NFE containers, DEF 2022–25 classes; "what real pages showed": a 2025 feed
// and a 2026 profile activity page both still use the URN wrappers inside main .scaffold-finite-scroll,
// half of them empty shells to skip); no saved real page here, so sites/fixtures/linkedin-*.html are
// written by hand from those facts.
import { defineAdapter } from './define-adapter';
import { defineSite } from './define-site';
import { collectOutermost, firstOutside, hasLabel } from './dom';
import { hashKey } from './hash-key';
import { readText } from './read-text';
import type { Post, SiteAdapter } from './types';

export const linkedinSite = defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['linkedin.com'],
  matches: ['https://www.linkedin.com/*'],
  postHooks: 'div[data-id^="urn:li:activity"], [data-urn^="urn:li:activity"], [data-testid="mainFeed"] div[role="listitem"]',
  pages: [
    ['post', /^\/(feed\/update|posts)\//],
    ['feed', /^\/feed\/?$/],
    ['search', /^\/search\//],
    ['profile', /^\/(in|company)\//],
  ],
});

export const SELECTORS = {
  post: [
    'div[data-id^="urn:li:activity:"]', // 2022–26 wrapper; emptied to .has-occluded-height off-screen
    'div[data-urn^="urn:li:activity:"]', // the role=article update inside it (DEF)
    'div[data-urn^="urn:li:aggregate:"]', // grouped updates ("3 people reposted")
    'div[data-urn^="urn:li:ugcPost:"], div[data-urn^="urn:li:share:"]', // updates keyed by their content
    '[data-testid="mainFeed"] div[role="listitem"][componentkey$="FeedType_MAIN_FEED_RELEVANCE"]', // 2026
  ].join(', '),
  sdui: 'div[role="listitem"][componentkey]',
  textBox: '[data-testid="expandable-text-box"]',
  /** 2022–25 text (DEF), 2022 fallbacks; 2026 expandable text box. */
  text: '.update-components-text, .feed-shared-text, .feed-shared-update-v2__description, [data-testid="expandable-text-box"]',
  /** A reshared post's card: its actor and text are not the outer post's. */
  reshare: '.update-components-mini-update-v2, .feed-shared-mini-update-v2, .update-components-reshare',
  /** 2022–25 actor name; its visible copy is the aria-hidden span (a visually-hidden duplicate follows). */
  actor: '.update-components-actor__title, .feed-shared-actor__name',
  actorVisible: 'span[aria-hidden="true"]',
  subDescription: '.update-components-actor__sub-description, .feed-shared-actor__sub-description',
  /** 2026: author is the first profile/company link after the optional social-context line. */
  profileLink: 'a[href*="/in/"], a[href*="/company/"]',
  /** 2026 "Promoted" is a bare <p> in the header (SELECTORS.md). */
  promotedLabel: 'p, span',
} as const;

const SOCIAL_CONTEXT = /\b(follows?|likes?|liked|comment(s|ed)|reposted|celebrates?|supports?|loves?|finds? this|reacted)\b/i;
const PROMOTED = new Set(['Promoted', 'Sponsored']);

export const linkedinAdapter: SiteAdapter = defineAdapter(linkedinSite, {
  // The body: the feed list (2026), or main .scaffold-finite-scroll (2022–26, also on profile activity),
  // is replaced when the person moves between feed and profile in this single-page app.
  feedRoot: () => null,
  findPosts: (root) => collectOutermost(root, SELECTORS.post),
  readPost: (el) => (el.matches(SELECTORS.sdui) ? readSduiPost(el) : readUrnPost(el)),
});

function readUrnPost(el: Element): Post | null {
  const urn = el.getAttribute('data-id') ?? el.getAttribute('data-urn');
  const reshares = Array.from(el.querySelectorAll(SELECTORS.reshare));
  const text = readText(firstOutside(el, SELECTORS.text, reshares));
  const actor = firstOutside(el, SELECTORS.actor, reshares);
  const author = readText(actor?.querySelector(SELECTORS.actorVisible) ?? actor, 200) || null;
  if (!urn || (!text && !author)) return null; // occluded shell (.has-occluded-height), emptied off-screen
  const sub = firstOutside(el, SELECTORS.subDescription, reshares);
  const subText = readText(sub?.querySelector(SELECTORS.actorVisible) ?? sub, 200);
  return {
    site: 'linkedin',
    key: `linkedin:${urn}`,
    author,
    text,
    permalink: `https://www.linkedin.com/feed/update/${urn}/`,
    sponsored: /^(Promoted|Sponsored)\b/.test(subText),
    kind: 'post',
  };
}

function readSduiPost(el: Element): Post | null {
  const textBox = el.querySelector(SELECTORS.textBox);
  const text = readText(textBox);
  const author = findSduiAuthor(el);
  if (!text && !author) return null; // occluded: the list keeps an empty item off-screen
  return {
    site: 'linkedin',
    key: hashKey('linkedin', author, text), // the 2026 DOM carries no URN (SELECTORS.md)
    author,
    text,
    permalink: null,
    sponsored: hasLabel(el, SELECTORS.promotedLabel, PROMOTED, textBox),
    kind: 'post',
  };
}

/** First profile link with visible text that is not part of a social-context line ("X and 31 others follow Y"). */
function findSduiAuthor(el: Element): string | null {
  for (const link of Array.from(el.querySelectorAll(SELECTORS.profileLink))) {
    if (link.closest(SELECTORS.textBox)) continue; // a person tagged in the text
    if (SOCIAL_CONTEXT.test(link.parentElement?.textContent ?? '')) continue;
    const name = readText(link.querySelector('p, span') ?? link, 200);
    if (name) return name;
  }
  return null;
}
