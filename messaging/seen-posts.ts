/**
 * The posts-seen batch the feed script sends, and the checks the background runs on it: every
 * field typed, every string bounded, every score a probability. One bad post refuses the batch,
 * so nothing half-checked is ever stored.
 */
import { CATEGORIES, type Category } from '../model/categories';
import type { Reason } from '../model/judge';
import type { SeenPost } from '../storage/posts-seen';
import { isSiteId, type SiteId } from '../sites/types';

/** A seen post on the wire: what storage keeps, with the reasons always present. */
export type SeenPostPayload = Required<SeenPost>;

/** The seen tracker sends every 2 s or 20 posts; 200 leaves room for a burst and no more. */
export const MAX_POSTS_PER_BATCH = 200;
export const MAX_SNIPPET = 300;
export const MAX_REASONS = 16;
const MAX_REASON_TEXT = 120;
const MAX_DWELL_MS = 24 * 3_600_000;

const isCategory = (value: unknown): value is Category =>
  typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
const isShortString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isNullableShortString = (value: unknown, max: number): value is string | null =>
  value === null || isShortString(value, max);

export function checkSeenPost(raw: unknown): SeenPostPayload | string {
  if (typeof raw !== 'object' || raw === null) return 'post is not an object';
  const p = raw as Record<string, unknown>;
  if (!isShortString(p.key, 512) || p.key.length === 0) return 'bad key';
  if (!isSiteId(p.site)) return 'unknown site';
  if (!isNullableShortString(p.author, 256)) return 'bad author';
  if (!isNullableShortString(p.permalink, 2048) || (p.permalink !== null && !p.permalink.startsWith('https://'))) {
    return 'bad permalink';
  }
  if (typeof p.sponsored !== 'boolean') return 'bad sponsored flag';
  if (typeof p.scores !== 'object' || p.scores === null) return 'missing scores';
  const scores = {} as Record<Category, number>;
  for (const category of CATEGORIES) {
    const score = (p.scores as Record<string, unknown>)[category];
    if (typeof score !== 'number' || !(score >= 0 && score <= 1)) return `bad ${category} score`;
    scores[category] = score;
  }
  if (!Array.isArray(p.labels) || !p.labels.every(isCategory)) return 'bad labels';
  if (!Array.isArray(p.reasons) || p.reasons.length > MAX_REASONS) return 'bad reasons';
  const reasons: Reason[] = [];
  for (const reason of p.reasons as unknown[]) {
    const r = reason as Record<string, unknown> | null;
    if (!r || !isCategory(r.category) || !isShortString(r.text, MAX_REASON_TEXT)) return 'bad reason';
    reasons.push({ category: r.category, text: r.text });
  }
  if (typeof p.firstSeenAt !== 'number' || !Number.isFinite(p.firstSeenAt) || p.firstSeenAt <= 0) return 'bad time';
  if (typeof p.dwellMs !== 'number' || !(p.dwellMs >= 0 && p.dwellMs <= MAX_DWELL_MS)) return 'bad dwell';
  if (!isNullableShortString(p.snippet, MAX_SNIPPET)) return 'bad snippet';
  return {
    key: p.key,
    site: p.site,
    author: p.author,
    permalink: p.permalink,
    sponsored: p.sponsored,
    scores,
    labels: [...new Set(p.labels)],
    reasons,
    firstSeenAt: p.firstSeenAt,
    dwellMs: p.dwellMs,
    snippet: p.snippet,
  };
}

export function checkSeenPosts(payload: Record<string, unknown>): { posts: SeenPostPayload[] } | string {
  if (!Array.isArray(payload.posts)) return 'posts is not a list';
  if (payload.posts.length === 0 || payload.posts.length > MAX_POSTS_PER_BATCH) return 'batch size out of range';
  const posts: SeenPostPayload[] = [];
  for (const [index, raw] of payload.posts.entries()) {
    const checked = checkSeenPost(raw);
    if (typeof checked === 'string') return `post ${index}: ${checked}`;
    posts.push(checked);
  }
  return { posts };
}

export function checkNotHelpful(p: Record<string, unknown>): { key: string; site: SiteId; category: Category } | string {
  if (!isShortString(p.key, 512) || p.key.length === 0) return 'bad key';
  if (!isSiteId(p.site)) return 'unknown site';
  if (!isCategory(p.category)) return 'unknown category';
  return { key: p.key, site: p.site, category: p.category };
}
