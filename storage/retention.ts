/**
 * Raw data (segments, posts seen with their snippets, the intention check's answers) is kept for
 * the retention period; the daily rollups are kept forever and are never pruned here. An answer
 * goes with the time it was given: the segments its stretch is measured from go at the same age.
 */
import type { RealignDb } from './db';

const DAY_MS = 86_400_000;

export interface Pruned {
  segments: number;
  posts: number;
  intentions: number;
}

/** Deletes raw rows that ended more than `retentionDays` before `now`. */
export async function pruneRawData(db: RealignDb, now: number, retentionDays: number): Promise<Pruned> {
  return pruneBefore(db, now - retentionDays * DAY_MS);
}

/** What the settings page's question counts: the time, the posts and the intention check's answers. */
export interface RawDataBefore extends Pruned {
  /** When the oldest of those rows ended; null when there are none. */
  oldestAt: number | null;
  /** Where the deletion would stop: rows that ended before this go. */
  cutoff: number;
}

/**
 * What pruneRawData would delete with `retentionDays`, without deleting it: what the settings page
 * says before a shorter history is saved. Counts on the indexes pruning uses, so a year is quick.
 */
export async function measureRawDataBefore(db: RealignDb, now: number, retentionDays: number): Promise<RawDataBefore> {
  const cutoff = now - retentionDays * DAY_MS;
  return db.transaction('r', db.segments, db.postsSeen, db.intentions, async () => {
    const [segments, posts, intentions, oldestSegment, oldestPost, oldestAnswer] = await Promise.all([
      db.segments.where('end').below(cutoff).count(),
      db.postsSeen.where('lastSeenAt').below(cutoff).count(),
      db.intentions.where('at').below(cutoff).count(),
      db.segments.orderBy('end').first(),
      db.postsSeen.orderBy('lastSeenAt').first(),
      db.intentions.orderBy('at').first(),
    ]);
    const oldest = Math.min(oldestSegment?.end ?? Infinity, oldestPost?.lastSeenAt ?? Infinity, oldestAnswer?.at ?? Infinity);
    return { segments, posts, intentions, cutoff, oldestAt: segments + posts + intentions > 0 ? oldest : null };
  });
}

/**
 * On a full disk: frees the oldest `days` of raw data (from the oldest row on), so the write
 * that failed can be retried. Rollups stay.
 */
export async function pruneOldestRawData(db: RealignDb, days = 7): Promise<Pruned> {
  const [oldestSegment, oldestPost] = await Promise.all([db.segments.orderBy('end').first(), db.postsSeen.orderBy('lastSeenAt').first()]);
  const oldest = Math.min(oldestSegment?.end ?? Infinity, oldestPost?.lastSeenAt ?? Infinity);
  if (oldest === Infinity) return { segments: 0, posts: 0, intentions: 0 };
  return pruneBefore(db, oldest + days * DAY_MS);
}

async function pruneBefore(db: RealignDb, cutoff: number): Promise<Pruned> {
  return db.transaction('rw', db.segments, db.postsSeen, db.intentions, async () => ({
    segments: await db.segments.where('end').below(cutoff).delete(),
    posts: await db.postsSeen.where('lastSeenAt').below(cutoff).delete(),
    intentions: await db.intentions.where('at').below(cutoff).delete(),
  }));
}
