/** A scripted clock and browser for the tracker's tests: feed it events at times, read back totals. */
import { defaultActivityOf } from './default-activity';
import { advanceTracker } from './tracker';
import { emptyTrackerState, type ActiveTab, type Piece, type TrackerEvent, type TrackerState } from './tracker-state';

export const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
export const sec = (n: number) => n * 1_000;
export const min = (n: number) => n * 60_000;

export function tab(tabId: number, host: string | null, isAudible = false): ActiveTab {
  return { tabId, host, isAudible };
}

/**
 * Like the background, it fires a checkpoint every minute on its own (the alarm), unless told
 * `{ alarms: false }` or sent to sleep, when nothing runs at all.
 */
export class ScriptedSession {
  state: TrackerState;
  pieces: Piece[] = [];
  private nextAlarmAt: number;
  private readonly hasAlarms: boolean;
  constructor(options: { start?: number; alarms?: boolean } = {}) {
    const start = options.start ?? T0;
    this.state = emptyTrackerState(start);
    this.hasAlarms = options.alarms ?? true;
    this.nextAlarmAt = start + min(1);
  }

  /** The machine sleeps until `time`: no alarm fires, no event comes. */
  sleepUntil(time: number): this {
    while (this.nextAlarmAt < time) this.nextAlarmAt += min(1);
    return this;
  }

  at(time: number, event: TrackerEvent): this {
    while (this.hasAlarms && this.nextAlarmAt < time) {
      this.step(this.nextAlarmAt, { type: 'checkpoint' });
      this.nextAlarmAt += min(1);
    }
    return this.step(time, event);
  }

  private step(time: number, event: TrackerEvent): this {
    const step = advanceTracker(this.state, event, time, defaultActivityOf);
    this.state = step.state;
    this.pieces.push(...step.pieces);
    return this;
  }

  /** Opens `host` in window 1 as the only, focused window. */
  startOn(time: number, host: string, tabId = 1): this {
    return this.at(time, { type: 'snapshot', focusedWindowId: 1, activeTabs: { '1': tab(tabId, host) }, presence: 'active' });
  }

  /** Milliseconds counted per "host activity", from the pieces handed to storage. */
  totals(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const piece of this.pieces) {
      const key = `${piece.host} ${piece.activity}`;
      totals[key] = (totals[key] ?? 0) + piece.to - piece.from;
    }
    return totals;
  }
}
