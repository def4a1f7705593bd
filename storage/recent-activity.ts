/** Small raw reads for the daily review's nudges: the latest posts seen and the recent segments. */
import type { Span } from '../activity/unbroken-time';
import type { Category } from '../model/categories';
import type { RealignDb } from './db';

/** Labels of the posts seen most recently, newest first. */
export async function recentPostLabels(db: RealignDb, limit = 10): Promise<Category[][]> {
  const rows = await db.postsSeen.orderBy('lastSeenAt').reverse().limit(limit).toArray();
  return rows.map((row) => row.labels);
}

/** Segments that ended after `since`: enough to find the current unbroken run. */
export async function segmentsSince(db: RealignDb, since: number): Promise<Span[]> {
  const rows = await db.segments.where('end').aboveOrEqual(since).toArray();
  return rows.map((row) => ({ start: row.start, end: row.end }));
}
