/**
 * The activity tracker as a pure state machine: (state, event, now) → (state, pieces).
 * Time is the distance between event timestamps, never a count of ticks.
 *
 *   event ─▶ clamp `now` (never before the last event) ─▶ sleep gap? close at last proof of life
 *         ─▶ composing expired? switch activity at its deadline
 *         ─▶ apply the fact (tab, window, presence, composing)
 *         ─▶ where is the person now? ─▶ close / open a segment ─▶ checkpoint cuts a piece
 *
 * Who is "there": the active tab of the focused window, while not idle; while idle, an audible
 * tab still counts (as consuming: someone is watching or listening); locked counts nothing.
 * Idle is not backdated: the detection interval (60 s by default) before the idle event still
 * counts, because reading a page without touching keyboard or mouse is being there.
 * The pause card's two-minute break counts as neither consuming nor creating: nothing at all,
 * like a locked screen, for as long as the break runs in the tab in front.
 */
import type { Activity } from './activity';
import type { OpenSegment, Piece, TrackerEvent, TrackerState } from './tracker-state';

/**
 * The checkpoint alarm fires every 60 s. A silence three times as long means nothing ran us:
 * the machine slept or the browser was suspended, and that time is not counted. Shorter than
 * this, a late alarm is only late, and the time counts.
 */
export const SLEEP_GAP_MS = 3 * 60_000;

/**
 * The composer sends a heartbeat at most every 5 s while the person types
 * (feed/composer-activity.ts); 15 s covers two missed beats and a short pause to think.
 */
export const COMPOSING_HOLD_MS = 15_000;

/** The card's break is two minutes (feed/pause-card.ts BREAK_MS); it ends there even if no message says so. */
export const BREAK_HOLD_MS = 2 * 60_000;

export type ClassifySite = (host: string) => Activity;

export interface Step {
  state: TrackerState;
  pieces: Piece[];
}

export function advanceTracker(state: TrackerState, event: TrackerEvent, now: number, classify: ClassifySite): Step {
  const pieces: Piece[] = [];
  // Events can arrive out of order (a late message, a clock read before a slow await): time never
  // runs backwards, so a late event is applied at the last moment already seen.
  const at = Math.max(now, state.lastSeenAt);
  let next: TrackerState = { ...state, activeTabs: { ...state.activeTabs } };

  const isSleepGap = at - state.lastSeenAt > SLEEP_GAP_MS;
  const horizon = isSleepGap ? state.lastSeenAt : at;
  next = expireHolds(next, horizon, classify, pieces);
  if (isSleepGap) {
    next = closeOpen(next, state.lastSeenAt, pieces);
    next.composing = null;
    next.pausing = null;
  }

  next = applyFact(next, event, at);
  next = settleSegment(next, at, classify, pieces);
  if (event.type === 'checkpoint' && next.open) {
    pushPiece(pieces, next.open, at);
    next.open = { ...next.open, countedUntil: at };
  }
  next.lastSeenAt = at;
  return { state: next, pieces };
}

/** Where the person's time goes right now, or null when it goes nowhere Realign counts. */
export function currentTarget(state: TrackerState, at: number, classify: ClassifySite): { host: string; activity: Activity } | null {
  if (state.focusedWindowId === null || state.presence === 'locked') return null;
  const tab = state.activeTabs[String(state.focusedWindowId)];
  if (!tab?.host) return null;
  if (state.pausing?.tabId === tab.tabId && state.pausing.until > at) return null;
  if (state.presence === 'idle') return tab.isAudible ? { host: tab.host, activity: 'consume' } : null;
  const isComposing = state.composing?.tabId === tab.tabId && state.composing.until > at;
  return { host: tab.host, activity: isComposing ? 'create' : classify(tab.host) };
}

function applyFact(state: TrackerState, event: TrackerEvent, at: number): TrackerState {
  switch (event.type) {
    case 'snapshot':
      return { ...state, focusedWindowId: event.focusedWindowId, activeTabs: { ...event.activeTabs }, presence: event.presence };
    case 'tab-activated':
      state.activeTabs[String(event.windowId)] = { ...event.tab };
      return state;
    case 'tab-updated':
      for (const [windowId, tab] of Object.entries(state.activeTabs)) {
        if (tab.tabId !== event.tabId) continue;
        state.activeTabs[windowId] = {
          ...tab,
          ...(event.host !== undefined ? { host: event.host } : {}),
          ...(event.isAudible !== undefined ? { isAudible: event.isAudible } : {}),
        };
      }
      return state;
    case 'tab-removed':
      for (const [windowId, tab] of Object.entries(state.activeTabs)) {
        if (tab.tabId === event.tabId) delete state.activeTabs[windowId];
      }
      return state;
    case 'window-focused':
      return { ...state, focusedWindowId: event.windowId };
    case 'window-removed':
      delete state.activeTabs[String(event.windowId)];
      return state.focusedWindowId === event.windowId ? { ...state, focusedWindowId: null } : state;
    case 'presence':
      return { ...state, presence: event.presence };
    case 'composing':
      return { ...state, composing: { tabId: event.tabId, until: at + COMPOSING_HOLD_MS } };
    case 'break-started':
      return { ...state, pausing: { tabId: event.tabId, until: at + BREAK_HOLD_MS } };
    case 'break-ended':
      return state.pausing?.tabId === event.tabId ? { ...state, pausing: null } : state;
    case 'checkpoint':
      return state;
  }
}

/** Closes the open segment if the person moved, and opens one where they are now. */
function settleSegment(state: TrackerState, at: number, classify: ClassifySite, pieces: Piece[]): TrackerState {
  const target = currentTarget(state, at, classify);
  let next = state;
  if (next.open && (!target || target.host !== next.open.host || target.activity !== next.open.activity)) {
    next = closeOpen(next, at, pieces);
  }
  if (!next.open && target) next = { ...next, open: { start: at, countedUntil: at, ...target } };
  return next;
}

/**
 * Composing or a break that ran out before `until` switches the segment back at its own deadline,
 * the earlier one first.
 */
function expireHolds(state: TrackerState, until: number, classify: ClassifySite, pieces: Piece[]): TrackerState {
  let next = state;
  const expired = (['composing', 'pausing'] as const)
    .filter((key) => (next[key]?.until ?? Infinity) <= until)
    .sort((a, b) => next[a]!.until - next[b]!.until);
  for (const key of expired) {
    const deadline = Math.max(next[key]!.until, next.open?.countedUntil ?? -Infinity);
    next = settleSegment({ ...next, [key]: null }, deadline, classify, pieces);
  }
  return next;
}

function closeOpen(state: TrackerState, at: number, pieces: Piece[]): TrackerState {
  if (!state.open) return state;
  pushPiece(pieces, state.open, at);
  return { ...state, open: null };
}

function pushPiece(pieces: Piece[], open: OpenSegment, to: number): void {
  if (to <= open.countedUntil) return;
  pieces.push({ segmentStart: open.start, host: open.host, activity: open.activity, from: open.countedUntil, to });
}
