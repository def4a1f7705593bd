// Hacker News: front page and listings (stories), item pages (comments). Server-rendered, not virtualised.
// Evidence: ../shared/fixtures/hackernews/front-2026-04-26.html (30 stories, one YC job post),
// sites/fixtures/hackernews-comments.html (hand-written) and SELECTORS.md (NFE).
import { defineAdapter } from './define-adapter';
import { defineSite } from './define-site';
import { collectOutermost } from './dom';
import { readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { toAbsoluteUrl } from './urls';

export const hackernewsSite = defineSite({
  id: 'hackernews',
  name: 'Hacker News',
  hosts: ['news.ycombinator.com'],
  matches: ['https://news.ycombinator.com/*'],
  postHooks: 'tr.athing',
  pages: [
    ['thread', /^\/item/],
    ['profile', /^\/(user|submitted|threads)/],
    ['feed', /^\/($|news|newest|front|ask|show|best|active|jobs|newcomments)/],
  ],
});

const ORIGIN = 'https://news.ycombinator.com/';

export const SELECTORS = {
  /** 2026 container (NFE: tr#bigbox td table); older pages use table.itemlist. */
  container: 'tr#bigbox, table.itemlist',
  /** Stories and comments are both tr.athing rows; the story's metadata is in the next row. */
  post: 'tr.athing',
  comment: '.comtr',
  title: 'span.titleline > a',
  author: 'a.hnuser',
  score: '.score',
  commentText: '.commtext',
  voteArrow: '.votearrow',
} as const;

export const hackernewsAdapter: SiteAdapter = defineAdapter(hackernewsSite, {
  feedRoot: (doc) => doc.querySelector(SELECTORS.container),
  findPosts: (root) => collectOutermost(root, SELECTORS.post),
  // A comment's own item page shows it as a plain tr.athing (no .comtr) with its text: still a comment.
  readPost: (el) => (el.matches(SELECTORS.comment) || !el.querySelector(SELECTORS.title) ? readComment(el) : readStory(el)),
});

/**
 * Job posts (YC companies hiring) have no user, no score and no vote arrow: HN places them, votes
 * do not. Realign counts them as sponsored — they are recruiting ads in the ranking — with the
 * job link's host as no author (null).
 */
function readStory(row: Element): Post | null {
  const id = row.id;
  const meta = row.nextElementSibling;
  const text = readText(row.querySelector(SELECTORS.title));
  if (!id || !text) return null;
  const author = meta?.querySelector(SELECTORS.author)?.textContent?.trim() || null;
  const isJob = !author && !meta?.querySelector(SELECTORS.score) && !row.querySelector(SELECTORS.voteArrow);
  return {
    site: 'hackernews',
    key: `hackernews:${id}`,
    author,
    text,
    permalink: toAbsoluteUrl(`item?id=${id}`, ORIGIN),
    sponsored: isJob,
    kind: 'story',
  };
}

function readComment(row: Element): Post | null {
  const id = row.id;
  if (!id) return null;
  const author = row.querySelector(SELECTORS.author)?.textContent?.trim() || null;
  const text = readText(row.querySelector(SELECTORS.commentText));
  if (!text && !author) return null; // deleted or flagged: "[deleted]" rows carry neither
  return {
    site: 'hackernews',
    key: `hackernews:${id}`,
    author,
    text,
    permalink: toAbsoluteUrl(`item?id=${id}`, ORIGIN),
    sponsored: false,
    kind: 'comment',
  };
}
