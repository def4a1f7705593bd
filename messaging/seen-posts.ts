/**
 * The posts-seen batch the feed script sends, and the checks the background runs on it: every
 * field typed, every string bounded, every score a probability. One bad post refuses the batch,
 * so nothing half-checked is ever stored. A post's fields are checked by the same schema as an
 * imported file's rows (schema/seen-post.ts), so both refuse the same post for the same reason.
 */
import type { Category } from '../model/categories';
import { checkNumber, MAX_TIME, MIN_TIME } from '../schema/fields';
import { Refused, refuse, type FieldRefusal } from '../schema/refusal';
import { checkNotHelpfulFields, checkSeenPostFields, SEEN_POST_LIMITS, type SeenPostFields } from '../schema/seen-post';
import type { SiteId } from '../sites/types';

/** A seen post on the wire: what storage keeps of one sighting (storage/posts-seen.ts), with the reasons always present. */
export type SeenPostPayload = Required<SeenPostFields> & { firstSeenAt: number; dwellMs: number };

/** The seen tracker sends every 2 s or 20 posts; 200 leaves room for a burst and no more. */
export const MAX_POSTS_PER_BATCH = 200;
/** For the feed, which trims what it sends to what is accepted (declared in schema/seen-post.ts). */
export const MAX_SNIPPET = SEEN_POST_LIMITS.snippet;
export const MAX_REASONS = SEEN_POST_LIMITS.reasons;

/** One post of a batch, checked and rebuilt, or why it was refused (`path` is where it sits, `posts[3]`). */
export function checkSeenPost(raw: unknown, path: string): SeenPostPayload | FieldRefusal {
  try {
    const fields = checkSeenPostFields(raw, path);
    // The feed always sends reasons (none is an empty list); only stored rows may predate them.
    if (fields.reasons === undefined) refuse({ code: 'not-list', path: `${path}.reasons`, found: { kind: 'value', text: 'undefined' } });
    const p = raw as Record<string, unknown>;
    return {
      ...fields,
      reasons: fields.reasons,
      // The tracker's clock may give fractions of a millisecond: any number in Realign's years.
      firstSeenAt: checkNumber(p.firstSeenAt, `${path}.firstSeenAt`, MIN_TIME, MAX_TIME),
      dwellMs: checkNumber(p.dwellMs, `${path}.dwellMs`, 0, SEEN_POST_LIMITS.batchDwellMs),
    };
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}

export function checkSeenPosts(payload: Record<string, unknown>): { posts: SeenPostPayload[] } | string {
  if (!Array.isArray(payload.posts)) return 'posts is not a list';
  if (payload.posts.length === 0 || payload.posts.length > MAX_POSTS_PER_BATCH) return 'batch size out of range';
  const posts: SeenPostPayload[] = [];
  for (const [index, raw] of payload.posts.entries()) {
    const checked = checkSeenPost(raw, `posts[${index}]`);
    if ('code' in checked) return refusalLine(checked);
    posts.push(checked);
  }
  return { posts };
}

export function checkNotHelpful(p: Record<string, unknown>): { key: string; site: SiteId; category: Category } | string {
  try {
    return checkNotHelpfulFields(p, 'payload');
  } catch (error) {
    if (error instanceof Refused) return refusalLine(error.refusal);
    throw error;
  }
}

/** The background logs a refused message; no person reads it, so it is the code and the path. */
function refusalLine(refusal: FieldRefusal): string {
  return `${refusal.path}: ${refusal.code}`;
}
