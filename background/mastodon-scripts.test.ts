import { describe, expect, it } from 'vitest';
import { matchesFor, planMastodonScript } from './mastodon-scripts';

describe('the feed script on added Mastodon instances', () => {
  it('registers the permitted instances, one match each', () => {
    expect(planMastodonScript(['hachyderm.io', 'fosstodon.org'], null)).toEqual({
      kind: 'register',
      matches: ['https://fosstodon.org/*', 'https://hachyderm.io/*'],
    });
  });

  it('leaves an up-to-date registration alone, whatever its order', () => {
    expect(planMastodonScript(['fosstodon.org', 'hachyderm.io'], ['https://hachyderm.io/*', 'https://fosstodon.org/*'])).toEqual({ kind: 'nothing' });
  });

  it('replaces it when an instance is added or removed', () => {
    expect(planMastodonScript(['fosstodon.org'], matchesFor(['fosstodon.org', 'hachyderm.io']))).toEqual({
      kind: 'replace',
      matches: ['https://fosstodon.org/*'],
    });
  });

  it('unregisters when none is left (removed, or its permission taken back)', () => {
    expect(planMastodonScript([], ['https://fosstodon.org/*'])).toEqual({ kind: 'unregister' });
    expect(planMastodonScript([], null)).toEqual({ kind: 'nothing' });
  });
});
