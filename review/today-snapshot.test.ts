import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GOALS } from '../settings/goals';
import { openDb, type RealignDb } from '../storage/db';
import { deleteDateRange, deleteEverything } from '../storage/delete-history';
import { buildExport } from '../backup/export';
import { importBackup } from '../backup/import';
import { NOW, seedHistory, TODAY } from '../backup/import-test-kit';
import { addManualEntry } from '../storage/manual-entries';
import { readSnapshot, writesNoticed } from '../storage/snapshot-slot';
import { composeDailyReview, type ReviewSettings } from './load-daily-review';
import { readReviewData } from './review-data';
import { readTodaySnapshot, SNAPSHOT_FORMAT, saveTodaySnapshot, snapshotOf, usableSnapshotData } from './today-snapshot';

const RELEASE = '1.2.3';
/** Limits and goals that make nudges appear, so the comparison covers them too. */
const SETTINGS: ReviewSettings = { goals: { ...DEFAULT_GOALS, screenMinutes: 15 }, switchedOffNudges: [], siteLimits: {} };
const MINUTE = 60_000;

describe("today's snapshot", () => {
  let db: RealignDb;
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Realign', version: RELEASE });
    db = openDb(`snapshot-${Math.random()}`);
    await seedHistory(db, 10, 20);
  });
  afterEach(async () => {
    await db.delete();
  });

  async function saveSnapshotNow(): Promise<void> {
    const writesBefore = writesNoticed();
    await saveTodaySnapshot(await readReviewData(db, NOW), writesBefore);
  }

  it('shows, read back later the same day, exactly what a fresh read shows then', async () => {
    await saveSnapshotNow();
    const stored = JSON.parse(JSON.stringify(await readSnapshot())) as unknown;
    const later = NOW + 40 * MINUTE;
    const fromSnapshot = composeDailyReview(usableSnapshotData(stored, later, RELEASE)!, later, SETTINGS);
    const fresh = composeDailyReview(await readReviewData(db, later), later, SETTINGS);
    expect(fromSnapshot).toEqual(fresh);
    expect(fromSnapshot.date).toBe(TODAY);
    expect(fromSnapshot.nudges.length).toBeGreaterThan(0);
    expect(fromSnapshot.today.screenMs).toBeGreaterThan(0);
  });

  it('is ignored on another day, from another format or release, or when it is not a snapshot', async () => {
    const data = await readReviewData(db, NOW);
    const stored = snapshotOf(data, RELEASE);
    expect(usableSnapshotData(stored, NOW, RELEASE)).toEqual(data);
    const tomorrow = new Date(2026, 10, 24, 0, 1).getTime();
    expect(usableSnapshotData(stored, tomorrow, RELEASE)).toBeNull();
    expect(usableSnapshotData(stored, NOW, '1.2.4')).toBeNull();
    expect(usableSnapshotData({ ...stored, format: SNAPSHOT_FORMAT - 1 }, NOW, RELEASE)).toBeNull();
    for (const junk of [null, undefined, 'today', 42, {}, { format: SNAPSHOT_FORMAT, release: RELEASE }]) {
      expect(usableSnapshotData(junk, NOW, RELEASE)).toBeNull();
    }
  });

  it('reads as none when stored for another day', async () => {
    await saveSnapshotNow();
    expect(await readTodaySnapshot(NOW)).not.toBeNull();
    expect(await readTodaySnapshot(new Date(2026, 10, 24, 9).getTime())).toBeNull();
  });

  it.each([
    ['a manual entry', (db: RealignDb) => addManualEntry(db, { kind: 'offline-create', minutes: 30, at: NOW })],
    ['deleting everything', (db: RealignDb) => deleteEverything(db)],
    ['deleting a date range', (db: RealignDb) => deleteDateRange(db, TODAY, TODAY)],
    [
      'importing a backup',
      async (db: RealignDb) => {
        const other = openDb(`snapshot-source-${Math.random()}`);
        await seedHistory(other, 3, 5);
        const text = JSON.stringify(await buildExport(other, { kind: 'all' }, NOW));
        await other.delete();
        expect((await importBackup(db, text)).ok).toBe(true);
      },
    ],
  ])('is forgotten as soon as %s is written, by the database itself', async (_, write) => {
    await saveSnapshotNow();
    expect(await readSnapshot()).not.toBeNull();
    await write(db);
    await vi.waitFor(async () => expect(await readSnapshot()).toBeNull());
  });

  it('is not saved from a read that a write overtook', async () => {
    const writesBefore = writesNoticed();
    const data = await readReviewData(db, NOW);
    await addManualEntry(db, { kind: 'face-to-face', minutes: 0, at: NOW });
    await saveTodaySnapshot(data, writesBefore);
    expect(await readSnapshot()).toBeNull();
  });
});
