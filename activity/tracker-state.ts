/**
 * What the activity tracker knows between two browser events. Plain JSON, so the background can
 * keep it in `storage.session` and pick it up again after Chrome stops the service worker.
 */
import type { Activity } from './activity';

export type Presence = 'active' | 'idle' | 'locked';

/** The active tab of one window. `host` is null for pages that are not a site (new tab, settings). */
export interface ActiveTab {
  tabId: number;
  host: string | null;
  isAudible: boolean;
}

/** The segment being counted now; `countedUntil` is how far it has been handed to storage. */
export interface OpenSegment {
  start: number;
  countedUntil: number;
  host: string;
  activity: Activity;
}

export interface TrackerState {
  /** null: no browser window has focus (another application has it, or the browser is closed). */
  focusedWindowId: number | null;
  /** Active tab per window id. */
  activeTabs: Record<string, ActiveTab>;
  presence: Presence;
  /** The person typed in a composer of this tab; it counts as creating until `until`. */
  composing: { tabId: number; until: number } | null;
  /**
   * The person took a break from the pause card ("Take two minutes") in this tab: while it lasts
   * and the tab is in front, the time counts as nothing. Optional: a state kept by an older
   * version has none.
   */
  pausing?: { tabId: number; until: number } | null;
  open: OpenSegment | null;
  /** The last moment the tracker had proof it was running: an event or a checkpoint. */
  lastSeenAt: number;
}

/** A counted stretch of one segment: storage adds [from, to) to the segment and to the day. */
export interface Piece {
  segmentStart: number;
  host: string;
  activity: Activity;
  from: number;
  to: number;
}

export type TrackerEvent =
  /** Everything at once, read from the browser when the worker starts with no state. */
  | { type: 'snapshot'; focusedWindowId: number | null; activeTabs: Record<string, ActiveTab>; presence: Presence }
  | { type: 'tab-activated'; windowId: number; tab: ActiveTab }
  /** A tab's address or sound changed; only matters when it is a window's active tab. */
  | { type: 'tab-updated'; tabId: number; host?: string | null; isAudible?: boolean }
  | { type: 'tab-removed'; tabId: number }
  | { type: 'window-focused'; windowId: number | null }
  | { type: 'window-removed'; windowId: number }
  | { type: 'presence'; presence: Presence }
  /** A typing heartbeat from a composer in this tab (never what is typed). */
  | { type: 'composing'; tabId: number }
  /** The pause card's two-minute break began in this tab, or ended before its time ("Back to the feed"). */
  | { type: 'break-started'; tabId: number }
  | { type: 'break-ended'; tabId: number }
  /** The alarm: hand what was counted so far to storage, and prove the tracker still runs. */
  | { type: 'checkpoint' };

export function emptyTrackerState(now: number): TrackerState {
  return { focusedWindowId: null, activeTabs: {}, presence: 'active', composing: null, pausing: null, open: null, lastSeenAt: now };
}
