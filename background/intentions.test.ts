import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setIntentionCheck } from '../settings/intention-check';
import { openDb, type RealignDb } from '../storage/db';
import { deleteEverything } from '../storage/delete-history';
import { routeMessage } from './message-router';

const OWN_ID = 'realign-test';
const tab = (id: number, url = 'https://x.com/home') => ({ id: OWN_ID, tab: { id, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false } });
const MIN = 60_000;
const NOW = new Date(2027, 0, 15, 14, 0).getTime();
const ask = (db: RealignDb, id = 1, url?: string) => routeMessage(db, { type: 'feed/intention-ask', payload: {} }, tab(id, url), OWN_ID);
const answer = (db: RealignDb, value: string, id = 1) => routeMessage(db, { type: 'feed/intention-chosen', payload: { answer: value } }, tab(id), OWN_ID);

describe('the background and the intention check', () => {
  let db: RealignDb;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    db = openDb(`intention-${Math.random()}`);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await db.delete();
  });

  it('asks nothing while it is off, as installed', async () => {
    expect(await ask(db)).toEqual({ ok: true, shouldAsk: false });
  });

  it('asks once a stretch: not in a second tab after an answer, again after a break', async () => {
    await setIntentionCheck(true);
    await db.segments.add({ id: `${NOW - 2 * MIN}:x.com`, start: NOW - 2 * MIN, end: NOW, host: 'x.com', activity: 'consume' });
    expect(await ask(db)).toEqual({ ok: true, shouldAsk: true });
    expect(await answer(db, 'reply')).toEqual({ ok: true });
    expect(await db.intentions.toArray()).toMatchObject([{ host: 'x.com', answer: 'reply', at: NOW }]);
    expect(await ask(db, 2)).toEqual({ ok: true, shouldAsk: false });
    // Another site is its own stretch.
    expect(await ask(db, 3, 'https://www.reddit.com/')).toEqual({ ok: true, shouldAsk: true });

    // An hour later, back on x.com after a break: a new stretch, asked again.
    const later = NOW + 60 * MIN;
    vi.setSystemTime(later);
    await db.segments.add({ id: `${later - MIN}:x.com`, start: later - MIN, end: later, host: 'x.com', activity: 'consume' });
    expect(await ask(db)).toEqual({ ok: true, shouldAsk: true });
  });

  it('refuses an answer it does not offer, and Delete everything takes the answers too', async () => {
    expect(await answer(db, 'doomscroll')).toEqual({ ok: false, error: 'feed/intention-chosen: bad answer' });
    await answer(db, 'skip');
    expect(await db.intentions.count()).toBe(1);
    await deleteEverything(db);
    expect(await db.intentions.count()).toBe(0);
  });
});
