import { describe, expect, it } from 'vitest';
import { DEFAULT_SENSITIVITY } from '../model/sensitivity-steps';
import { DEFAULT_LABEL_MODES } from '../settings/label-modes';
import type { FeedSettings } from './feed-settings';
import { feedActions } from './settings-policy';

const NOW = 1_000_000;
const settings: FeedSettings = {
  modes: DEFAULT_LABEL_MODES,
  pausedUntil: 0,
  disabledSites: [],
  keepsSnippets: false,
  sensitivity: DEFAULT_SENSITIVITY,
};
/** The same settings read again (fresh objects, as each reread gives), with some changed. */
const reread = (changes: Partial<FeedSettings> = {}): FeedSettings => ({
  modes: { ...settings.modes },
  pausedUntil: settings.pausedUntil,
  disabledSites: [...settings.disabledSites],
  keepsSnippets: settings.keepsSnippets,
  sensitivity: { ...settings.sensitivity },
  ...changes,
});

describe('what a settings change means for an open feed', () => {
  it('starts on a page that loads on a site that is on, and not on one turned off', () => {
    expect(feedActions('x', null, settings, NOW)).toEqual([{ kind: 'start' }]);
    expect(feedActions('x', null, reread({ disabledSites: ['x'] }), NOW)).toEqual([]);
  });

  it('brings the labels back when a pause running at load ends, 50 ms after its end', () => {
    expect(feedActions('x', null, reread({ pausedUntil: NOW + 60_000 }), NOW)).toEqual([
      { kind: 'start' },
      { kind: 'relabel-later', inMs: 60_050 },
    ]);
    expect(feedActions('x', null, reread({ pausedUntil: NOW - 1 }), NOW)).toEqual([{ kind: 'start' }]);
  });

  it('judges again when the sensitivity moves, since the thresholds moved', () => {
    const after = reread({ sensitivity: { ...DEFAULT_SENSITIVITY, outrage: 2 } });
    expect(feedActions('x', settings, after, NOW)).toEqual([{ kind: 'rejudge' }]);
  });

  it('only relabels when the label modes change', () => {
    const after = reread({ modes: { ...DEFAULT_LABEL_MODES, fear: 'blur' } });
    expect(feedActions('x', settings, after, NOW)).toEqual([{ kind: 'relabel' }]);
  });

  it('removes the labels when they are paused, and relabels again when the pause ends', () => {
    expect(feedActions('x', settings, reread({ pausedUntil: NOW + 900_000 }), NOW)).toEqual([
      { kind: 'relabel' },
      { kind: 'relabel-later', inMs: 900_050 },
    ]);
  });

  it('brings the labels back at once when a pause is ended early', () => {
    const paused = reread({ pausedUntil: NOW + 900_000 });
    expect(feedActions('x', paused, reread({ pausedUntil: 0 }), NOW)).toEqual([{ kind: 'relabel' }]);
  });

  it('stops when this site is turned off, and starts again when it is turned back on', () => {
    const off = reread({ disabledSites: ['x'] });
    expect(feedActions('x', settings, off, NOW)).toEqual([{ kind: 'stop' }]);
    expect(feedActions('x', off, reread(), NOW)).toEqual([{ kind: 'start' }]);
  });

  it('does nothing here when another site is turned off', () => {
    expect(feedActions('x', settings, reread({ disabledSites: ['reddit'] }), NOW)).toEqual([]);
  });

  it('does nothing when only keeping snippets changes: it is read as each batch is sent', () => {
    expect(feedActions('x', settings, reread({ keepsSnippets: true }), NOW)).toEqual([]);
  });

  it('does nothing when the settings are read again unchanged', () => {
    expect(feedActions('x', settings, reread(), NOW)).toEqual([]);
  });

  it('judges again, once, when the sensitivity and the modes change in the same reread', () => {
    const after = reread({ sensitivity: { ...DEFAULT_SENSITIVITY, ai: -1 }, modes: { ...DEFAULT_LABEL_MODES, ai: 'hide' } });
    expect(feedActions('x', settings, after, NOW)).toEqual([{ kind: 'rejudge' }]);
  });

  it('changes nothing on a site that is off, but still brings labels back when a pause set meanwhile ends', () => {
    const off = reread({ disabledSites: ['x'] });
    expect(feedActions('x', off, reread({ disabledSites: ['x'], modes: { ...DEFAULT_LABEL_MODES, scam: 'off' } }), NOW)).toEqual([]);
    // The site may be turned on before the pause ends: its labels come back then.
    expect(feedActions('x', off, reread({ disabledSites: ['x'], pausedUntil: NOW + 5_000 }), NOW)).toEqual([
      { kind: 'relabel-later', inMs: 5_050 },
    ]);
  });
});
