import { describe, expect, it } from 'vitest';
import { parseFeedMessage } from './protocol';

describe('messages from the feed script', () => {
  it('accepts a well-formed scan report', () => {
    const raw = { type: 'feed/scanned', payload: { site: 'x', url: 'https://x.com/home', postCount: 3 } };
    expect(parseFeedMessage(raw)).toEqual(raw);
  });

  it('accepts the kind of page and its post-like containers (the feed health check)', () => {
    const raw = { type: 'feed/scanned', payload: { site: 'reddit', url: 'https://www.reddit.com/search/', postCount: 0, pageKind: 'search', postLikeCount: 55 } };
    expect(parseFeedMessage(raw)).toEqual(raw);
  });

  it('accepts a request for a _locales folder by its name', () => {
    for (const folder of ['en', 'pt_BR', 'zh_TW', 'fil']) {
      expect(parseFeedMessage({ type: 'feed/messages-file', payload: { folder } })).toEqual({ type: 'feed/messages-file', payload: { folder } });
    }
  });

  it('accepts what the person chose on a pause card', () => {
    const raw = { type: 'feed/pause-chosen', payload: { trigger: 'provocation', choice: 'keep-scrolling' } };
    expect(parseFeedMessage(raw)).toEqual(raw);
  });

  it('drops fields it does not know instead of storing them', () => {
    const raw = { type: 'feed/scanned', payload: { site: 'x', url: 'https://x.com/', postCount: 0, extra: 'x' } };
    expect(parseFeedMessage(raw)).toEqual({ type: 'feed/scanned', payload: { site: 'x', url: 'https://x.com/', postCount: 0 } });
  });

  it.each([
    [null, 'not an object'],
    [{ type: 'feed/delete-everything', payload: {} }, 'unknown message type feed/delete-everything'],
    [{ type: 'toString', payload: {} }, 'unknown message type toString'],
    [{ type: 'feed/scanned' }, 'feed/scanned: missing payload'],
    [{ type: 'feed/scanned', payload: { site: 'myspace', url: 'https://x.com/', postCount: 1 } }, 'feed/scanned: unknown site'],
    [{ type: 'feed/scanned', payload: { site: 'x', url: 'javascript:alert(1)', postCount: 1 } }, 'feed/scanned: bad url'],
    [{ type: 'feed/scanned', payload: { site: 'x', url: 'https://x.com/', postCount: 0, pageKind: 'inbox' } }, 'feed/scanned: bad page kind'],
    [{ type: 'feed/scanned', payload: { site: 'x', url: 'https://x.com/', postCount: 0, postLikeCount: -2 } }, 'feed/scanned: bad post-like count'],
    [{ type: 'feed/scanned', payload: { site: 'x', url: 'https://x.com/', postCount: -1 } }, 'feed/scanned: bad post count'],
    [{ type: 'feed/scanned', payload: { site: 'x', url: 'https://x.com/', postCount: '3' } }, 'feed/scanned: bad post count'],
    [{ type: 'feed/messages-file', payload: { folder: '../../manifest.json' } }, 'feed/messages-file: bad locale folder'],
    [{ type: 'feed/messages-file', payload: { folder: 7 } }, 'feed/messages-file: bad locale folder'],
    [{ type: 'feed/pause-chosen', payload: { trigger: 'boredom', choice: 'done' } }, 'feed/pause-chosen: bad trigger'],
    [{ type: 'feed/pause-chosen', payload: { trigger: 'stretch', choice: 'close-all-tabs' } }, 'feed/pause-chosen: bad choice'],
  ])('refuses %j with a reason', (raw, error) => {
    expect(parseFeedMessage(raw)).toEqual({ error });
  });
});
