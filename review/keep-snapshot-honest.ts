/**
 * The rule that keeps today's snapshot from ever showing figures the database no longer holds.
 * Every context that has the database open runs it (background, popup, weekly page):
 *
 *   a write commits, here or (while this context lives) in any other ─▶ forget the snapshot now
 *   a fresh read finishes ─▶ save it as the snapshot, unless a write was noticed since it began
 *
 * Dexie tells every context of the extension about each committed write (its 'storagemutated'
 * event, passed between contexts over a BroadcastChannel). A context that is not running hears
 * nothing, which is why each writer forgets the snapshot itself rather than relying on the
 * background. Writes that bypass Dexie (the e2e harness seeding raw rows) must forget it too.
 */
import { Dexie } from 'dexie';
import type { ReviewData } from './review-data';
import { currentRelease, snapshotOf, todaySnapshotItem } from './today-snapshot';

export interface SnapshotKeeper {
  /** How many writes this context has noticed so far: take it before a read, pass it to save. */
  writesNoticed(): number;
  /** Saves data whose read began at `writesBefore`, unless a write was noticed since. */
  save(data: ReviewData, writesBefore: number): Promise<void>;
}

export function keepSnapshotHonest(onWrite: () => void = () => {}): SnapshotKeeper {
  let writes = 0;
  Dexie.on('storagemutated', () => {
    writes++;
    // Forgetting is always safe: without a snapshot the popup reads the database instead.
    void todaySnapshotItem.removeValue().catch(() => {});
    onWrite();
  });
  return {
    writesNoticed: () => writes,
    async save(data, writesBefore) {
      if (writes !== writesBefore) return;
      await todaySnapshotItem.setValue(snapshotOf(data, currentRelease()));
    },
  };
}
