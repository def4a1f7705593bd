/**
 * Everything in the popup that needs the database, in its own chunk: Dexie is most of the popup's
 * code, and its first frame, drawn from today's snapshot (review/today-snapshot.ts), needs none
 * of it. use-daily-review.ts imports it once that frame is drawn, or at once when there is no
 * snapshot to draw it from.
 *
 *   readFresh ─▶ the review data now, saved as the next popup's snapshot
 *   watch     ─▶ the same, now and after every write to the database, from any context
 */
import { liveQuery } from 'dexie';
import { ManualEntries } from '../../components/ManualEntries';
import { readReviewData, type ReviewData } from '../../review/review-data';
import { saveTodaySnapshot } from '../../review/today-snapshot';
import { openDb, type RealignDb } from '../../storage/db';
import { writesNoticed } from '../../storage/snapshot-slot';

export interface LiveReview {
  db: RealignDb;
  /** The away-from-screen form lists today's entries live, so it comes with the database. */
  ManualEntries: typeof ManualEntries;
  readFresh(): Promise<ReviewData>;
  /** Calls `next` with fresh data now and after each change; returns the function that stops it. */
  watch(next: (data: ReviewData) => void, fail: (error: unknown) => void): () => void;
}

export function startLiveReview(): LiveReview {
  const db = openDb();
  // Only Dexie calls inside: this is also the live query's querier.
  const read = async () => {
    const writesBefore = writesNoticed();
    return { data: await readReviewData(db, Date.now()), writesBefore };
  };
  const save = (fresh: { data: ReviewData; writesBefore: number }): ReviewData => {
    void saveTodaySnapshot(fresh.data, fresh.writesBefore).catch(() => {});
    return fresh.data;
  };
  return {
    db,
    ManualEntries,
    readFresh: () => read().then(save),
    watch(next, fail) {
      const subscription = liveQuery(read).subscribe({ next: (fresh) => next(save(fresh)), error: fail });
      return () => subscription.unsubscribe();
    },
  };
}
