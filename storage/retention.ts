/**
 * Raw data (segments, posts seen with their snippets) is kept for the retention period; the
 * daily rollups are kept forever and are never pruned here.
 */
import type { RealignDb } from './db';

const DAY_MS = 86_400_000;

export interface Pruned {
  segments: number;
  posts: number;
}

/** Deletes raw rows that ended more than `retentionDays` before `now`. */
export async function pruneRawData(db: RealignDb, now: number, retentionDays: number): Promise<Pruned> {
  return pruneBefore(db, now - retentionDays * DAY_MS);
}

/**
 * On a full disk: frees the oldest `days` of raw data (from the oldest row on), so the write
 * that failed can be retried. Rollups stay.
 */
export async function pruneOldestRawData(db: RealignDb, days = 7): Promise<Pruned> {
  const [oldestSegment, oldestPost] = await Promise.all([db.segments.orderBy('end').first(), db.postsSeen.orderBy('lastSeenAt').first()]);
  const oldest = Math.min(oldestSegment?.end ?? Infinity, oldestPost?.lastSeenAt ?? Infinity);
  if (oldest === Infinity) return { segments: 0, posts: 0 };
  return pruneBefore(db, oldest + days * DAY_MS);
}

async function pruneBefore(db: RealignDb, cutoff: number): Promise<Pruned> {
  return db.transaction('rw', db.segments, db.postsSeen, async () => ({
    segments: await db.segments.where('end').below(cutoff).delete(),
    posts: await db.postsSeen.where('lastSeenAt').below(cutoff).delete(),
  }));
}
