import { describe, expect, it } from 'vitest';
import { advanceTracker, COMPOSING_HOLD_MS, SLEEP_GAP_MS } from './tracker';
import { defaultActivityOf } from './default-activity';
import { min, ScriptedSession, sec, T0, tab } from './tracker-test-kit';

describe('activity tracker: where the person is', () => {
  it('counts a tab switch from a feed to a writing tool, to the millisecond', () => {
    const s = new ScriptedSession()
      .startOn(T0, 'x.com')
      .at(T0 + min(4), { type: 'tab-activated', windowId: 1, tab: tab(2, 'docs.google.com') })
      .at(T0 + min(10), { type: 'tab-activated', windowId: 1, tab: tab(1, 'x.com') })
      .at(T0 + min(11), { type: 'window-focused', windowId: null });
    expect(s.totals()).toEqual({ 'x.com consume': min(5), 'docs.google.com create': min(6) });
  });

  it('counts only the focused one of two windows', () => {
    const s = new ScriptedSession()
      .at(T0, {
        type: 'snapshot',
        focusedWindowId: 1,
        activeTabs: { '1': tab(1, 'youtube.com'), '2': tab(2, 'github.com') },
        presence: 'active',
      })
      // A tab changes in the background window: nothing moves.
      .at(T0 + min(1), { type: 'tab-activated', windowId: 2, tab: tab(3, 'notion.so') })
      .at(T0 + min(2), { type: 'window-focused', windowId: 2 })
      .at(T0 + min(5), { type: 'window-removed', windowId: 2 });
    expect(s.totals()).toEqual({ 'youtube.com consume': min(2), 'notion.so create': min(3) });
    expect(s.state.open).toBeNull();
  });

  it('stops counting while another application has focus, and resumes when the browser has it back', () => {
    const s = new ScriptedSession()
      .startOn(T0, 'example.org')
      .at(T0 + min(3), { type: 'window-focused', windowId: null })
      .at(T0 + min(20), { type: 'window-focused', windowId: 1 })
      .at(T0 + min(21), { type: 'tab-removed', tabId: 1 });
    expect(s.totals()).toEqual({ 'example.org neutral': min(4) });
  });

  it('does not count the browser\'s own pages', () => {
    const s = new ScriptedSession()
      .startOn(T0, null as unknown as string)
      .at(T0 + min(2), { type: 'tab-updated', tabId: 1, host: 'nytimes.com' })
      .at(T0 + min(3), { type: 'tab-updated', tabId: 1, host: null });
    expect(s.totals()).toEqual({ 'nytimes.com consume': min(1) });
  });
});

describe('activity tracker: idle, audio, lock and sleep', () => {
  it('stops at idle without audio', () => {
    const s = new ScriptedSession()
      .startOn(T0, 'reddit.com')
      .at(T0 + min(5), { type: 'presence', presence: 'idle' })
      .at(T0 + min(30), { type: 'presence', presence: 'active' })
      .at(T0 + min(31), { type: 'window-focused', windowId: null });
    expect(s.totals()).toEqual({ 'reddit.com consume': min(6) });
  });

  it('keeps counting an audible tab while idle, as consuming, and nothing once the screen locks', () => {
    const s = new ScriptedSession()
      .startOn(T0, 'github.com')
      .at(T0 + min(1), { type: 'tab-updated', tabId: 1, isAudible: true })
      .at(T0 + min(2), { type: 'presence', presence: 'idle' })
      .at(T0 + min(12), { type: 'presence', presence: 'locked' })
      .at(T0 + min(40), { type: 'presence', presence: 'active' })
      .at(T0 + min(41), { type: 'presence', presence: 'locked' });
    expect(s.totals()).toEqual({ 'github.com create': min(2) + min(1), 'github.com consume': min(10) });
  });

  it('does not count a machine\'s sleep: the segment ends at the last checkpoint before it', () => {
    const s = new ScriptedSession().startOn(T0, 'figma.com').at(T0 + min(5), { type: 'checkpoint' });
    // The lid closes at about 5:30; nothing runs for two hours; the alarm fires on wake.
    s.sleepUntil(T0 + min(125)).at(T0 + min(125), { type: 'checkpoint' });
    s.at(T0 + min(127), { type: 'window-focused', windowId: null });
    expect(s.totals()).toEqual({ 'figma.com create': min(5) + min(2) });
  });

  it('counts a late alarm that is not a sleep', () => {
    const s = new ScriptedSession({ alarms: false })
      .startOn(T0, 'figma.com')
      .at(T0 + SLEEP_GAP_MS - sec(1), { type: 'checkpoint' });
    expect(s.totals()).toEqual({ 'figma.com create': SLEEP_GAP_MS - sec(1) });
  });
});

describe('activity tracker: composing', () => {
  it('counts typing in a feed\'s composer as creating, until the heartbeats stop', () => {
    const s = new ScriptedSession().startOn(T0, 'x.com', 7);
    for (let t = sec(60); t <= sec(120); t += sec(5)) s.at(T0 + t, { type: 'composing', tabId: 7 });
    s.at(T0 + min(5), { type: 'window-focused', windowId: null });
    expect(s.totals()).toEqual({
      'x.com consume': min(1) + (min(5) - sec(120) - COMPOSING_HOLD_MS),
      'x.com create': min(1) + COMPOSING_HOLD_MS,
    });
  });

  it('ignores typing in a tab the person is not looking at', () => {
    const s = new ScriptedSession()
      .startOn(T0, 'x.com', 7)
      .at(T0 + sec(10), { type: 'composing', tabId: 8 })
      .at(T0 + min(1), { type: 'window-focused', windowId: null });
    expect(s.totals()).toEqual({ 'x.com consume': min(1) });
  });
});

describe('activity tracker: the pause card\'s two-minute break', () => {
  it('counts the break as neither consuming nor creating, and the feed again once it is over', () => {
    const s = new ScriptedSession()
      .startOn(T0, 'x.com', 7)
      .at(T0 + min(20), { type: 'break-started', tabId: 7 })
      // No message at the end: the break ends on its own at two minutes.
      .at(T0 + min(25), { type: 'window-focused', windowId: null });
    expect(s.totals()).toEqual({ 'x.com consume': min(23) });
    const pieces = s.pieces.filter((p) => p.from < T0 + min(22) && p.to > T0 + min(20));
    expect(pieces).toEqual([]);
  });

  it('ends the break early when the person goes back to the feed', () => {
    const s = new ScriptedSession()
      .startOn(T0, 'x.com', 7)
      .at(T0 + min(20), { type: 'break-started', tabId: 7 })
      .at(T0 + min(20) + sec(30), { type: 'break-ended', tabId: 7 })
      .at(T0 + min(22), { type: 'window-focused', windowId: null });
    expect(s.totals()).toEqual({ 'x.com consume': min(21) + sec(30) });
  });

  it('is the tab\'s break only: another tab in front counts as usual, and typing during the break does not count as creating', () => {
    const s = new ScriptedSession()
      .startOn(T0, 'x.com', 7)
      .at(T0 + min(1), { type: 'break-started', tabId: 7 })
      .at(T0 + min(1) + sec(20), { type: 'composing', tabId: 7 })
      .at(T0 + min(2), { type: 'tab-activated', windowId: 1, tab: tab(8, 'docs.google.com') })
      .at(T0 + min(3), { type: 'tab-activated', windowId: 1, tab: tab(7, 'x.com') })
      .at(T0 + min(4), { type: 'window-focused', windowId: null });
    // x.com: the minute before the break and the minute after it ended at +3; docs: its minute.
    expect(s.totals()).toEqual({ 'x.com consume': min(2), 'docs.google.com create': min(1) });
  });

  it('survives a state from before breaks existed (no `pausing` field)', () => {
    const s = new ScriptedSession().startOn(T0, 'x.com', 7);
    delete (s.state as { pausing?: unknown }).pausing;
    s.at(T0 + min(1), { type: 'break-ended', tabId: 7 }).at(T0 + min(2), { type: 'window-focused', windowId: null });
    expect(s.totals()).toEqual({ 'x.com consume': min(2) });
  });
});

describe('activity tracker: restarts, checkpoints and disorder', () => {
  it('survives a worker restart mid-segment: the state goes through JSON and counting goes on', () => {
    const s = new ScriptedSession({ alarms: false }).startOn(T0, 'overleaf.com').at(T0 + min(1), { type: 'checkpoint' });
    // Chrome stops the worker; the state waited in storage.session as JSON.
    s.state = JSON.parse(JSON.stringify(s.state));
    s.at(T0 + min(2), { type: 'checkpoint' }).at(T0 + min(2) + sec(30), { type: 'tab-removed', tabId: 1 });
    expect(s.totals()).toEqual({ 'overleaf.com create': min(2) + sec(30) });
    // One segment, handed over in three pieces that join end to end.
    expect(new Set(s.pieces.map((p) => p.segmentStart))).toEqual(new Set([T0]));
    expect(s.pieces.map((p) => [p.from - T0, p.to - T0])).toEqual([
      [0, min(1)],
      [min(1), min(2)],
      [min(2), min(2) + sec(30)],
    ]);
  });

  it('hands over at least once a minute, so a crash loses at most the last minute', () => {
    const s = new ScriptedSession({ alarms: false }).startOn(T0, 'bbc.co.uk');
    for (let m = 1; m <= 30; m++) s.at(T0 + min(m) + sec(m % 7), { type: 'checkpoint' });
    const handed = s.pieces.reduce((sum, p) => sum + p.to - p.from, 0);
    expect(T0 + min(30) + sec(2) - (T0 + handed)).toBe(0);
    expect(Math.max(...s.pieces.map((p) => p.to - p.from))).toBeLessThanOrEqual(min(1) + sec(7));
  });

  it('applies an event that arrives out of order at the last moment seen, never counting backwards', () => {
    const s = new ScriptedSession()
      .startOn(T0, 'x.com')
      .at(T0 + min(3), { type: 'tab-activated', windowId: 1, tab: tab(2, 'github.com') })
      // Stamped before the previous event: it applies at +3 min, not before.
      .at(T0 + min(2), { type: 'tab-activated', windowId: 1, tab: tab(3, 'notion.so') })
      .at(T0 + min(4), { type: 'window-focused', windowId: null });
    expect(s.totals()).toEqual({ 'x.com consume': min(3), 'notion.so create': min(1) });
    for (const p of s.pieces) expect(p.to).toBeGreaterThan(p.from);
  });

  it('is pure: the state it was given is left untouched', () => {
    const s = new ScriptedSession().startOn(T0, 'x.com');
    const before = JSON.stringify(s.state);
    advanceTracker(s.state, { type: 'tab-removed', tabId: 1 }, T0 + min(1), defaultActivityOf);
    expect(JSON.stringify(s.state)).toBe(before);
  });
});
