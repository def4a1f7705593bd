import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseFeedMessage } from '../messaging/protocol';
import { openDb } from '../storage/db';
import { routeMessage } from './message-router';

describe('the composing heartbeat', () => {
  it('carries nothing: any text sent along is dropped before the background sees it', () => {
    expect(parseFeedMessage({ type: 'feed/composing', payload: { text: 'my draft', at: 1 } })).toEqual({ type: 'feed/composing', payload: {} });
  });

  it('is accepted from the extension\'s own content script in a tab', async () => {
    const db = openDb(`composing-${Math.random()}`);
    const sender = { id: 'own', tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
    expect(await routeMessage(db, { type: 'feed/composing', payload: {} }, sender, 'own')).toEqual({ ok: true });
    expect(await routeMessage(db, { type: 'feed/composing', payload: {} }, { id: 'own' }, 'own')).toEqual({ ok: false, error: 'unknown sender' });
    await db.delete();
  });
});
