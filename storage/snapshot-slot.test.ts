import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyDay } from '../figures/day-rollup';
import { recordActivity } from './activity-history';
import { openDb, type RealignDb } from './db';
import { readSnapshot, saveSnapshot, writesNoticed } from './snapshot-slot';

const NOW = new Date(2026, 10, 23, 15).getTime();
/** Stands for the popup's snapshot: this layer keeps it honest without knowing what is in it. */
const SNAPSHOT = { figures: 'as read before the write' };

describe('the snapshot the database keeps honest', () => {
  let db: RealignDb;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = openDb(`snapshot-slot-${Math.random()}`);
    // Creating a database counts as a write (Dexie announces it): done before the snapshot is saved.
    await db.open();
    await saveSnapshot(SNAPSHOT, writesNoticed());
    expect(await readSnapshot()).toEqual(SNAPSHOT);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('is gone by the time a write through storage resolves, though no page called anything', async () => {
    await recordActivity(db, [{ segmentStart: NOW, host: 'x.com', activity: 'consume', from: NOW, to: NOW + 60_000 }]);
    expect(await readSnapshot()).toBeNull();
  });

  it('is not saved from a read that began before a write', async () => {
    const writesBefore = writesNoticed();
    await recordActivity(db, [{ segmentStart: NOW, host: 'x.com', activity: 'create', from: NOW, to: NOW + 60_000 }]);
    await saveSnapshot({ figures: 'read before that write' }, writesBefore);
    expect(await readSnapshot()).toBeNull();
    // A read that began after it is current: saved.
    await saveSnapshot(SNAPSHOT, writesNoticed());
    expect(await readSnapshot()).toEqual(SNAPSHOT);
  });

  it('notices a write before it commits, so the database never holds figures the snapshot lacks', async () => {
    const before = writesNoticed();
    await db.transaction('rw', db.days, async () => {
      await db.days.put(emptyDay('2026-11-23'));
      // Still inside the transaction: nothing is committed yet, and the write is already noticed.
      expect(writesNoticed()).toBe(before + 1);
      await db.days.put(emptyDay('2026-11-24'));
    });
    // One notice for the transaction, one when its commit is heard of ('storagemutated').
    expect(writesNoticed()).toBe(before + 2);
    expect(await readSnapshot()).toBeNull();
  });

  it('is forgotten when a write committed in another context is heard of', async () => {
    // A Dexie without Realign's middleware, as another context's write arrives: only its
    // 'storagemutated' event reaches this context (Dexie passes it over a BroadcastChannel).
    const elsewhere = new Dexie(`snapshot-elsewhere-${Math.random()}`);
    elsewhere.version(1).stores({ days: 'date' });
    try {
      await elsewhere.table('days').put({ date: '2026-11-23' });
      await vi.waitFor(async () => expect(await readSnapshot()).toBeNull());
    } finally {
      await elsewhere.delete();
    }
  });
});
