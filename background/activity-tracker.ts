/**
 * Wires the browser's events to the activity tracker. Every listener is registered synchronously
 * when the service worker starts, so a worker woken by an event hears it; each event is stamped
 * with its time at once and then handled in arrival order, one step at a time.
 *
 *   tabs / windows / idle / alarm / composing message ─▶ (at, event) ─▶ queue ─▶ runTrackerStep
 */
import { browser } from 'wxt/browser';
import { siteOfUrl } from '../activity/site-of-url';
import type { Presence, TrackerEvent } from '../activity/tracker-state';
import { idleSecondsItem, readIdleSeconds } from '../settings/idle-interval';
import type { RealignDb } from '../storage/db';
import { ensureActivityAlarms, isCheckpointAlarm, isRetentionAlarm, pruneHistory } from './activity-alarms';
import { activeTabOf, readSnapshot } from './activity-snapshot';
import { runTrackerStep } from './activity-step';

let enqueue: ((at: number, read: () => Promise<TrackerEvent | null>) => void) | null = null;

export function startActivityTracker(db: RealignDb): void {
  let queue = Promise.resolve();
  const deps = { readSnapshot: async () => readSnapshot(await readIdleSeconds()) };
  enqueue = (at, read) => {
    queue = queue
      .then(async () => runTrackerStep(db, at, await read(), deps))
      .catch((error: unknown) => console.warn('Realign: activity tracking step failed:', error));
  };
  const push = (event: TrackerEvent | null) => enqueue!(Date.now(), async () => event);

  browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
    enqueue!(Date.now(), async () => {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      return tab ? { type: 'tab-activated', windowId, tab: activeTabOf(tab) } : null;
    });
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // Loading, titles and icons change all the time; only the address and the sound matter.
    if (change.url === undefined && change.audible === undefined) return;
    push({
      type: 'tab-updated',
      tabId,
      ...(change.url !== undefined ? { host: siteOfUrl(change.url) } : {}),
      ...(change.audible !== undefined ? { isAudible: change.audible } : {}),
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => push({ type: 'tab-removed', tabId }));
  browser.windows.onFocusChanged.addListener((windowId) =>
    push({ type: 'window-focused', windowId: windowId === browser.windows.WINDOW_ID_NONE ? null : windowId }),
  );
  browser.windows.onRemoved.addListener((windowId) => push({ type: 'window-removed', windowId }));
  browser.idle.onStateChanged.addListener((presence) => push({ type: 'presence', presence: presence as Presence }));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isCheckpointAlarm(alarm)) push({ type: 'checkpoint' });
    if (isRetentionAlarm(alarm)) void pruneHistory(db);
  });

  void applyIdleInterval();
  idleSecondsItem.watch(() => void applyIdleInterval());
  void ensureActivityAlarms();
  // A worker started with no state (browser start, install, update) reads where the person is.
  push(null);
}

/** The feed script's typing heartbeat: this tab's time counts as creating for a while. */
export function noteComposing(tabId: number): void {
  enqueue?.(Date.now(), async () => ({ type: 'composing', tabId }));
}

/** The pause card's two-minute break in this tab started, or ended early: that time counts as neither. */
export function noteBreak(tabId: number, isStarting: boolean): void {
  enqueue?.(Date.now(), async () => ({ type: isStarting ? 'break-started' : 'break-ended', tabId }));
}

async function applyIdleInterval(): Promise<void> {
  browser.idle.setDetectionInterval(await readIdleSeconds());
}
