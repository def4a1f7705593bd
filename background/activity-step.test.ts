import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TrackerEvent } from '../activity/tracker-state';
import { setSiteActivity } from '../settings/site-activities';
import { openDb, type RealignDb } from '../storage/db';
import { dayTotals } from '../storage/read-days';
import { readLastWriteError } from '../storage/write-status';
import { pendingPiecesItem, trackerStateItem } from './activity-session';
import { runTrackerStep } from './activity-step';

const T = new Date(2026, 10, 23, 10, 0).getTime();
const MIN = 60_000;
const onX = { readSnapshot: async () => snapshot('x.com') };
function snapshot(host: string): TrackerEvent & { type: 'snapshot' } {
  return { type: 'snapshot', focusedWindowId: 1, activeTabs: { '1': { tabId: 1, host, isAudible: false } }, presence: 'active' };
}

describe('the background tracker step', () => {
  let db: RealignDb;
  beforeEach(() => {
    fakeBrowser.reset();
    db = openDb(`step-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('starts from a snapshot of the browser and stores each minute\'s checkpoint', async () => {
    await runTrackerStep(db, T, null, onX);
    await runTrackerStep(db, T + MIN, { type: 'checkpoint' }, onX);
    expect((await dayTotals(db, '2026-11-23')).consumeMs).toBe(MIN);
    expect(await pendingPiecesItem.getValue()).toEqual([]);
  });

  it('keeps counting across a worker restart: the state waits in storage.session', async () => {
    await runTrackerStep(db, T, null, onX);
    await runTrackerStep(db, T + MIN, { type: 'checkpoint' }, onX);
    // A new worker: nothing in memory, the same session storage. It must not take a new snapshot.
    const neverCalled = { readSnapshot: async () => { throw new Error('snapshot taken again'); } };
    await runTrackerStep(db, T + 2 * MIN, { type: 'checkpoint' }, neverCalled);
    await runTrackerStep(db, T + 2 * MIN + 30_000, { type: 'window-focused', windowId: null }, neverCalled);
    expect((await dayTotals(db, '2026-11-23')).consumeMs).toBe(2 * MIN + 30_000);
  });

  it('uses the person\'s own activity for a site', async () => {
    await setSiteActivity('x.com', 'create');
    await runTrackerStep(db, T, null, onX);
    await runTrackerStep(db, T + MIN, { type: 'checkpoint' }, onX);
    expect(await dayTotals(db, '2026-11-23')).toMatchObject({ consumeMs: 0, createMs: MIN });
  });

  it('keeps pieces it could not write, reports why, and stores them on the next step', async () => {
    await runTrackerStep(db, T, null, onX);
    db.close({ disableAutoOpen: true });
    const broken = openDb(`never-${Math.random()}`);
    // A database that refuses every write: the step must keep its pieces, not lose them.
    broken.transaction = (() => Promise.reject(new Error('disk on fire'))) as unknown as typeof broken.transaction;
    await runTrackerStep(broken, T + MIN, { type: 'checkpoint' }, onX);
    expect(await pendingPiecesItem.getValue()).toHaveLength(1);
    expect(await readLastWriteError()).toMatchObject({ what: 'activity', message: 'Error: disk on fire' });

    await db.open();
    await runTrackerStep(db, T + 2 * MIN, { type: 'checkpoint' }, onX);
    expect((await dayTotals(db, '2026-11-23')).consumeMs).toBe(2 * MIN);
    expect(await pendingPiecesItem.getValue()).toEqual([]);
    expect(await readLastWriteError()).toBeNull();
    expect((await trackerStateItem.getValue())?.open?.host).toBe('x.com');
  });
});
