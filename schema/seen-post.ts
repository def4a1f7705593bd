/**
 * The seen-post row's schema: one set of field checks and limits for the two places a post
 * arrives from outside the background's own code, a feed tab's `feed/posts-seen` batch
 * (messaging/seen-posts.ts) and the `postsSeen` rows of an imported file (backup/import-rows.ts).
 * Each caller adds only what is its own (when the post was seen, how long: a batch reports one
 * sighting, a stored row adds every sighting up), so neither can accept a post the other refuses.
 */
import { CATEGORIES, type Category } from '../model/categories';
import type { Reason } from '../model/judge';
import type { SeenPostRow } from '../figures/rows';
import { SITE_IDS, type SiteId } from '../sites/types';
import {
  checkArray, checkBoolean, checkNonEmptyString, checkNullableString, checkNumber, checkObject, checkOneOf, checkString, type Json,
} from './fields';
import { refuse } from './refusal';

export const SEEN_POST_LIMITS = {
  /** `<site>:<post id>`; ids are short, 512 leaves room for a hashed fallback and more. */
  key: 512,
  author: 256,
  /** The longest URL browsers reliably handle. */
  permalink: 2_048,
  /** What the feed keeps of a post's text when snippets are on. */
  snippet: 300,
  /** Reasons per post, and characters per reason: the model words each reason in a short phrase. */
  reasons: 16,
  reasonText: 120,
  /** Labels are categories, each at most once. */
  labels: CATEGORIES.length,
  /** One batch reports at most a day of looking at one post (the tracker sends every 2 s). */
  batchDwellMs: 24 * 3_600_000,
  /** A stored row's dwell adds up over every sighting; a month of looking at one post is past believing. */
  rowDwellMs: 30 * 24 * 3_600_000,
} as const;

/**
 * The fields both callers check alike: the stored row without what each caller counts its own way
 * (when and how long it was seen, the day that counted it). `reasons` only when the post carries
 * them (rows stored before reasons were kept have none).
 */
export type SeenPostFields = Omit<SeenPostRow, 'firstSeenAt' | 'lastSeenAt' | 'dwellMs' | 'countedDay'>;

/** Checks and rebuilds the shared fields of the post at `path` (nothing is kept by reference). */
export function checkSeenPostFields(value: unknown, path: string): SeenPostFields {
  const raw = checkObject(value, path);
  const key = checkNonEmptyString(raw.key, `${path}.key`, SEEN_POST_LIMITS.key);
  const site = checkOneOf(raw.site, `${path}.site`, SITE_IDS);
  const author = checkNullableString(raw.author, `${path}.author`, SEEN_POST_LIMITS.author);
  const permalink = checkNullableString(raw.permalink, `${path}.permalink`, SEEN_POST_LIMITS.permalink);
  if (permalink !== null && !permalink.startsWith('https://')) refuse({ code: 'not-https', path: `${path}.permalink` });
  const sponsored = checkBoolean(raw.sponsored, `${path}.sponsored`);
  const scoresRaw = checkObject(raw.scores, `${path}.scores`);
  const scores = {} as Record<Category, number>;
  for (const c of CATEGORIES) scores[c] = checkNumber(scoresRaw[c], `${path}.scores.${c}`, 0, 1);
  const labels = checkArray(raw.labels, `${path}.labels`, SEEN_POST_LIMITS.labels).map((label, i) => checkOneOf(label, `${path}.labels[${i}]`, CATEGORIES));
  const fields: SeenPostFields = {
    key,
    site,
    author,
    permalink,
    sponsored,
    scores,
    labels: [...new Set(labels)],
    snippet: checkNullableString(raw.snippet, `${path}.snippet`, SEEN_POST_LIMITS.snippet),
  };
  if (raw.reasons !== undefined) fields.reasons = checkReasons(raw.reasons, `${path}.reasons`);
  return fields;
}

function checkReasons(value: unknown, path: string): Reason[] {
  return checkArray(value, path, SEEN_POST_LIMITS.reasons).map((item, i) => {
    const reason: Json = checkObject(item, `${path}[${i}]`);
    return {
      category: checkOneOf(reason.category, `${path}[${i}].category`, CATEGORIES),
      text: checkString(reason.text, `${path}[${i}].text`, SEEN_POST_LIMITS.reasonText),
    };
  });
}

/** A "not helpful" mark on a post's label: the feed's `feed/not-helpful` message and an import's `feedback` rows. */
export function checkNotHelpfulFields(value: unknown, path: string): { key: string; site: SiteId; category: Category } {
  const raw = checkObject(value, path);
  return {
    key: checkNonEmptyString(raw.key, `${path}.key`, SEEN_POST_LIMITS.key),
    site: checkOneOf(raw.site, `${path}.site`, SITE_IDS),
    category: checkOneOf(raw.category, `${path}.category`, CATEGORIES),
  };
}
