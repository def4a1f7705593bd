import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKeyOf, startOfDayKey } from '../activity/local-day';
import { readTodaySnapshot } from '../review/today-snapshot';
import { recordActivity } from '../storage/activity-history';
import { openDb, type RealignDb } from '../storage/db';
import { readSnapshot } from '../storage/snapshot-slot';
import { keepTodaySnapshot } from './today-snapshot';

const MINUTE = 60_000;

// One background for the file, as one worker has one: its listeners live as long as the context.
describe("the background's part in today's snapshot", () => {
  let db: RealignDb;
  beforeAll(async () => {
    fakeBrowser.reset();
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Realign', version: '1.2.3' });
    db = openDb(`background-snapshot-${Math.random()}`);
    await db.open();
    keepTodaySnapshot(db);
  });
  afterAll(async () => {
    await db.delete();
  });

  const screenMsInSnapshot = async () => (await readTodaySnapshot(Date.now()))?.today.screenMs;

  it('makes one when the worker starts without it', async () => {
    await vi.waitFor(async () => expect(await screenMsInSnapshot()).toBe(0), { timeout: 3_000 });
  });

  it('makes it again, with the new figures, once a write through storage has settled', async () => {
    // Early today, whatever the time now: the five minutes are today's.
    const from = startOfDayKey(dayKeyOf(Date.now())) + MINUTE;
    await recordActivity(db, [{ segmentStart: from, host: 'x.com', activity: 'consume', from, to: from + 5 * MINUTE }]);
    await vi.waitFor(async () => expect(await screenMsInSnapshot()).toBe(5 * MINUTE), { timeout: 3_000 });
  });

  it('makes it again when another context forgot it and never told of a write (a popup shut at once)', async () => {
    await fakeBrowser.storage.session.remove('todaySnapshot');
    expect(await readSnapshot()).toBeNull();
    await vi.waitFor(async () => expect(await screenMsInSnapshot()).toBe(5 * MINUTE), { timeout: 3_000 });
  });
});
