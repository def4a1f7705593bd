import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES, type Category } from '../model/categories';
import { setPausePrefs } from '../settings/pause-cards';
import { openDb, type RealignDb } from '../storage/db';
import { buildExport } from '../backup/export';
import { importBackup } from '../backup/import';
import { routeMessage } from './message-router';

const OWN_ID = 'realign-test';
const tab = (id: number) => ({ id: OWN_ID, tab: { id, url: 'https://x.com/home', index: 0, highlighted: false, active: true, pinned: false, incognito: false } });
const MIN = 60_000;
const NOW = new Date(2027, 0, 15, 14, 0).getTime();

let serial = 0;
function seen(labels: Category[][]) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, 0.01]));
  const posts = labels.map((l, i) => ({
    key: `x:${++serial}`, site: 'x', author: 'a', permalink: null, sponsored: false, scores, labels: l, reasons: [],
    firstSeenAt: NOW - 60_000 + i, dwellMs: 1_500, snippet: null,
  }));
  return { type: 'feed/posts-seen', payload: { posts } };
}
const heated: Category[][] = [...Array.from({ length: 7 }, (): Category[] => ['outrage']), [], [], []];
const calm: Category[][] = Array.from({ length: 10 }, () => []);

describe('the background deciding pause cards', () => {
  let db: RealignDb;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    db = openDb(`pause-${Math.random()}`);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await db.delete();
  });

  it('answers a run of provoking posts with a card, once per tab in 20 minutes, and keeps it in the history', async () => {
    const reply = (await routeMessage(db, seen(heated), tab(1), OWN_ID)) as { pauseCard?: unknown };
    expect(reply.pauseCard).toMatchObject({ trigger: 'provocation', run: { flagged: 7, window: 10, counts: { outrage: 7 } }, isFirst: true });
    expect(await routeMessage(db, seen(heated), tab(1), OWN_ID)).toEqual({ ok: true });
    expect(await db.nudges.toArray()).toMatchObject([{ rule: 'pause-provocation', action: 'shown' }]);
  });

  it('answers a long stretch on a consuming site, counted from the stored segments', async () => {
    await db.segments.bulkAdd([{ id: 's1', start: NOW - 30 * MIN, end: NOW - MIN, host: 'x.com', activity: 'consume' }]);
    const reply = (await routeMessage(db, seen(calm), tab(2), OWN_ID)) as { pauseCard?: unknown };
    expect(reply.pauseCard).toMatchObject({ trigger: 'stretch', stretchMs: 29 * MIN, run: null });
  });

  it('shows nothing when the person turned both triggers off', async () => {
    await setPausePrefs({ isStretchOn: false, isProvocationOn: false });
    await db.segments.bulkAdd([{ id: 's1', start: NOW - 30 * MIN, end: NOW - MIN, host: 'x.com', activity: 'consume' }]);
    expect(await routeMessage(db, seen(heated), tab(3), OWN_ID)).toEqual({ ok: true });
    expect(await db.nudges.count()).toBe(0);
  });

  it('"Keep scrolling" quiets every tab; "Done for now" closes the tab it came from', async () => {
    await routeMessage(db, { type: 'feed/pause-chosen', payload: { trigger: 'provocation', choice: 'keep-scrolling' } }, tab(4), OWN_ID);
    expect(await routeMessage(db, seen(heated), tab(5), OWN_ID)).toEqual({ ok: true });
    const remove = vi.spyOn(browser.tabs, 'remove').mockResolvedValue(undefined);
    await routeMessage(db, { type: 'feed/pause-chosen', payload: { trigger: 'provocation', choice: 'done' } }, tab(4), OWN_ID);
    expect(remove).toHaveBeenCalledWith(4);
    expect((await db.nudges.toArray()).map((e) => [e.rule, e.action])).toEqual([
      ['pause-provocation', 'snoozed'],
      ['pause-provocation', 'acted'],
    ]);
  });

  it('travels in the JSON export and imports into an empty profile, where the import still checks every row', async () => {
    await routeMessage(db, seen(heated), tab(6), OWN_ID);
    await routeMessage(db, { type: 'feed/pause-chosen', payload: { trigger: 'provocation', choice: 'take-two' } }, tab(6), OWN_ID);
    const file = JSON.stringify(await buildExport(db, { kind: 'all' }, NOW));
    const other = openDb(`pause-import-${Math.random()}`);
    try {
      expect(await importBackup(other, file, undefined, NOW)).toMatchObject({ ok: true, nudges: 2 });
      expect((await other.nudges.toArray()).map((e) => [e.rule, e.action])).toEqual([
        ['pause-provocation', 'shown'],
        ['pause-provocation', 'acted'],
      ]);
    } finally {
      await other.delete();
    }
  });
});
