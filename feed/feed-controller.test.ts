// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_THRESHOLDS, judge } from '../model';
import { DEFAULT_SENSITIVITY, thresholdsFor } from '../model/sensitivity-steps';
import type { PauseCard } from '../pause/decide-card';
import { DEFAULT_LABEL_MODES } from '../settings/label-modes';
import type { SiteAdapter } from '../sites/types';
import { startFeedController, type FeedControllerDeps } from './feed-controller';
import type { FeedSession, FeedSessionDeps } from './feed-session';
import type { FeedSettings } from './feed-settings';
import { PAUSE_CARD_TAG } from './pause-card';

const NOW = 1_800_000_000_000;
const adapter = { id: 'x' } as SiteAdapter;
const settings: FeedSettings = { modes: DEFAULT_LABEL_MODES, pausedUntil: 0, disabledSites: [], keepsSnippets: false, sensitivity: DEFAULT_SENSITIVITY };
/** Flagged only at the highest outrage sensitivity. */
const BORDERLINE = 'This is outrageous and disgusting, how dare they';

describe('feed controller', () => {
  let sessions: { deps: FeedSessionDeps; refresh: ReturnType<typeof vi.fn>; stop: ReturnType<typeof vi.fn> }[];
  let timeouts: { handler: () => void; ms: number }[];
  let now: number;
  const control = (initial: FeedSettings = settings) => {
    const deps: FeedControllerDeps = {
      adapter,
      document,
      settings: initial,
      tell: (async () => null) as FeedSessionDeps['tell'],
      startSession: (sessionDeps) => {
        const session = { deps: sessionDeps, refresh: vi.fn(), stop: vi.fn() };
        sessions.push(session);
        return session as unknown as FeedSession;
      },
      timers: {
        setTimeout: (handler, ms) => timeouts.push({ handler, ms }),
        setInterval: () => 1,
        clearInterval: () => {},
        requestAnimationFrame: () => 1,
      },
      now: () => now,
    };
    return startFeedController(deps);
  };

  beforeEach(() => {
    document.body.innerHTML = '<main><article>a post</article></main>';
    sessions = [];
    timeouts = [];
    now = NOW;
  });

  it('starts one session on a site that is on, reading the settings as they are now', () => {
    const feed = control();
    expect(sessions).toHaveLength(1);
    const { deps } = sessions[0]!;
    expect(deps.isPaused()).toBe(false);
    feed.settingsChanged({ ...settings, modes: { ...DEFAULT_LABEL_MODES, fear: 'hide' }, keepsSnippets: true });
    expect(deps.modes().fear).toBe('hide');
    expect(deps.keepsSnippets()).toBe(true);
    expect(sessions[0]!.refresh).toHaveBeenCalledWith();
    expect(sessions).toHaveLength(1);
  });

  it('starts nothing on a site turned off, and starts when it is turned on', () => {
    const feed = control({ ...settings, disabledSites: ['x'] });
    expect(sessions).toHaveLength(0);
    feed.settingsChanged(settings);
    expect(sessions).toHaveLength(1);
  });

  it('stops the session when the site is turned off, and starts a new one when it is back', () => {
    const feed = control();
    feed.settingsChanged({ ...settings, disabledSites: ['x'] });
    expect(sessions[0]!.stop).toHaveBeenCalledOnce();
    feed.settingsChanged(settings);
    expect(sessions).toHaveLength(2);
    expect(sessions[1]!.stop).not.toHaveBeenCalled();
  });

  it('judges again with the new thresholds when the sensitivity moves', () => {
    const feed = control();
    const { deps, refresh } = sessions[0]!;
    expect(deps.judge(BORDERLINE).labels).not.toContain('outrage');
    const sensitivity = { ...DEFAULT_SENSITIVITY, outrage: 2 as const };
    feed.settingsChanged({ ...settings, sensitivity });
    expect(refresh).toHaveBeenCalledWith(true);
    expect(deps.judge(BORDERLINE)).toEqual(judge(BORDERLINE, { thresholds: thresholdsFor(sensitivity, DEFAULT_THRESHOLDS) }));
    expect(deps.judge(BORDERLINE).labels).toContain('outrage');
  });

  it('hides labels during a pause and relabels when it ends on its own', () => {
    const feed = control();
    const { deps, refresh } = sessions[0]!;
    feed.settingsChanged({ ...settings, pausedUntil: NOW + 15 * 60_000 });
    expect(deps.isPaused()).toBe(true);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(timeouts.map((t) => t.ms)).toEqual([15 * 60_000 + 50]);
    now = NOW + 15 * 60_000 + 50;
    timeouts[0]!.handler();
    expect(deps.isPaused()).toBe(false);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('relabels when a pause that was running at load ends', () => {
    control({ ...settings, pausedUntil: NOW + 1_000 });
    expect(timeouts.map((t) => t.ms)).toEqual([1_050]);
    timeouts[0]!.handler();
    expect(sessions[0]!.refresh).toHaveBeenCalledOnce();
  });

  it('keeps one pause card on the page at a time, and removes it and the session when stopped', () => {
    const feed = control();
    const card: PauseCard = { trigger: 'provocation', stretchMs: 25 * 60_000, run: null, isFirst: false };
    const post = document.querySelector('article')!;
    sessions[0]!.deps.showPauseCard(card, post);
    sessions[0]!.deps.showPauseCard(card, post);
    expect(document.querySelectorAll(PAUSE_CARD_TAG)).toHaveLength(1);
    feed.stop();
    expect(document.querySelectorAll(PAUSE_CARD_TAG)).toHaveLength(0);
    expect(sessions[0]!.stop).toHaveBeenCalledOnce();
    feed.settingsChanged({ ...settings, disabledSites: ['x'] });
    feed.settingsChanged(settings);
    expect(sessions).toHaveLength(1);
  });
});
