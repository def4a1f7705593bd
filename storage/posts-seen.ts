/**
 * Posts the person saw, as the feed watcher reports them in batches.
 *
 *   batch ─▶ merge duplicates ─▶ upsert by key (dwell adds up, first sighting kept)
 *         └─▶ first time this post counts on its local day? ─▶ day rollup: seen, flagged per
 *             category, the account behind a flagged post
 *
 * All in one transaction, so a batch is stored whole or not at all.
 */
import { dayKeyOf } from '../activity/local-day';
import { authorKey, type DayRollup } from '../figures/day-rollup';
import { updateDays } from './update-days';
import type { RealignDb } from './db';
import type { SeenPostRow } from '../figures/rows';

/** A seen post as the feed watcher reports it: the stored row without what storage derives. */
export type SeenPost = Omit<SeenPostRow, 'lastSeenAt' | 'countedDay'>;

export async function recordPostsSeen(db: RealignDb, posts: SeenPost[]): Promise<void> {
  if (posts.length === 0) return;
  const batch = mergeBatch(posts);
  await db.transaction('rw', db.postsSeen, db.days, async () => {
    const stored = await db.postsSeen.bulkGet(batch.map((post) => post.key));
    const rows: SeenPostRow[] = [];
    const counted: SeenPostRow[] = [];
    batch.forEach((post, i) => {
      const row = mergeRow(stored[i], post);
      const day = dayKeyOf(post.firstSeenAt);
      if (row.countedDay !== day) {
        row.countedDay = day;
        counted.push(row);
      }
      rows.push(row);
    });
    await db.postsSeen.bulkPut(rows);
    await updateDays(db, counted.map((row) => row.countedDay), (dayOf) => {
      for (const row of counted) countPost(dayOf(row.countedDay), row);
    });
  });
}

function countPost(day: DayRollup, row: SeenPostRow): void {
  const { posts, flaggedAuthors: authors } = day;
  posts.seen += 1;
  for (const reason of row.reasons ?? []) {
    const counts = ((day.reasons ??= {})[reason.category] ??= {});
    counts[reason.text] = (counts[reason.text] ?? 0) + 1;
  }
  for (const label of row.labels) posts.flagged[label] = (posts.flagged[label] ?? 0) + 1;
  if (row.labels.length > 0 && row.author) {
    const key = authorKey(row.site, row.author);
    authors[key] = (authors[key] ?? 0) + 1;
  }
}

/** The same post twice in one batch is one sighting with both dwells. */
function mergeBatch(posts: SeenPost[]): SeenPost[] {
  const byKey = new Map<string, SeenPost>();
  for (const post of posts) {
    const earlier = byKey.get(post.key);
    byKey.set(
      post.key,
      earlier ? { ...post, firstSeenAt: Math.min(earlier.firstSeenAt, post.firstSeenAt), dwellMs: earlier.dwellMs + post.dwellMs } : post,
    );
  }
  return [...byKey.values()];
}

function mergeRow(stored: SeenPostRow | undefined, post: SeenPost): SeenPostRow {
  const seenUntil = post.firstSeenAt + post.dwellMs;
  if (!stored) return { ...post, lastSeenAt: seenUntil, countedDay: '' };
  return {
    ...stored,
    // The latest judgement and details win; the first sighting and the dwell so far are kept.
    author: post.author ?? stored.author,
    permalink: post.permalink ?? stored.permalink,
    sponsored: post.sponsored,
    scores: post.scores,
    labels: post.labels,
    reasons: post.reasons ?? stored.reasons,
    snippet: post.snippet ?? stored.snippet,
    firstSeenAt: Math.min(stored.firstSeenAt, post.firstSeenAt),
    lastSeenAt: Math.max(stored.lastSeenAt, seenUntil),
    dwellMs: stored.dwellMs + post.dwellMs,
  };
}
