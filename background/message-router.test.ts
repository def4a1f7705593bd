import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type RealignDb } from '../storage/db';
import { listSiteHealth } from '../storage/site-health';
import { routeMessage } from './message-router';

const OWN_ID = 'realign-test';
const fromTab = { id: OWN_ID, tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
const scan = { type: 'feed/scanned', payload: { site: 'x', url: 'https://x.com/home', postCount: 4 } };

describe('background message router', () => {
  let db: RealignDb;
  beforeEach(() => {
    db = openDb(`router-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores a feed scan from its own content script', async () => {
    expect(await routeMessage(db, scan, fromTab, OWN_ID)).toEqual({ ok: true });
    expect(await listSiteHealth(db)).toMatchObject([{ site: 'x', lastPostCount: 4 }]);
  });

  it('keeps a "not helpful" on a label, locally', async () => {
    const reply = await routeMessage(
      db,
      { type: 'feed/not-helpful', payload: { key: 'x:1', site: 'x', category: 'outrage' } },
      fromTab,
      OWN_ID,
    );
    expect(reply).toEqual({ ok: true });
    expect(await db.feedback.toArray()).toMatchObject([{ key: 'x:1', site: 'x', category: 'outrage' }]);
  });

  it('reads a _locales file for a feed tab whose copy of the messages came back empty', async () => {
    const asked: string[] = [];
    vi.stubGlobal('location', { protocol: 'chrome-extension:' });
    vi.stubGlobal('fetch', async (path: string) => {
      asked.push(path);
      return { ok: true, json: async () => ({ popupTitle: { message: 'Heute' } }) };
    });
    try {
      const reply = await routeMessage(db, { type: 'feed/messages-file', payload: { folder: 'de' } }, fromTab, OWN_ID);
      expect(reply).toEqual({ ok: true, messages: { popupTitle: { message: 'Heute' } } });
      // A folder name is all it takes: nothing else of the extension's files can be asked for.
      const refused = await routeMessage(db, { type: 'feed/messages-file', payload: { folder: '../manifest.json#' } }, fromTab, OWN_ID);
      expect(refused).toEqual({ ok: false, error: 'feed/messages-file: bad locale folder' });
      expect(asked).toEqual(['/_locales/de/messages.json']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('takes the pause card\'s break-ended message, which carries nothing', async () => {
    expect(await routeMessage(db, { type: 'feed/break-ended', payload: { anything: 'dropped' } }, fromTab, OWN_ID)).toEqual({ ok: true });
  });

  it('refuses messages from other extensions and from its own pages', async () => {
    expect(await routeMessage(db, scan, { ...fromTab, id: 'someone-else' }, OWN_ID)).toEqual({ ok: false, error: 'unknown sender' });
    expect(await routeMessage(db, scan, { id: OWN_ID }, OWN_ID)).toEqual({ ok: false, error: 'unknown sender' });
    expect(await listSiteHealth(db)).toEqual([]);
  });

  it('refuses a malformed message with its reason and stores nothing', async () => {
    const reply = await routeMessage(db, { type: 'feed/scanned', payload: { site: 'x' } }, fromTab, OWN_ID);
    expect(reply).toEqual({ ok: false, error: 'feed/scanned: bad url' });
    expect(await listSiteHealth(db)).toEqual([]);
  });
});
