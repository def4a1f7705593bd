/**
 * Whether the feed gets a pause card now, and what the person's answers change. Plain data in,
 * plain data out: the background reads the figures and the state, and keeps the state it returns.
 *
 *   site off or quiet hours? ─▶ null
 *   stretch ≥ threshold? ─┐
 *   provoking run?  ──────┴─▶ trigger ─▶ limits (paused today, quiet, per tab, per day) ─▶ card | null
 */
import type { Category } from '../model/categories';
import type { SiteId } from '../sites/registry';
import { provocationRun, type ProvocationRun } from './provocation-run';
import { isQuietAt, type QuietHours } from './quiet-hours';

/** The limits: at most once per 20 minutes in a tab, at most 4 a day; "Keep scrolling" quiets 20 minutes. */
export const PER_TAB_GAP_MS = 20 * 60_000;
export const DAILY_MAX = 4;
export const QUIET_MS = 20 * 60_000;

export type PauseTrigger = 'stretch' | 'provocation';
export const PAUSE_CHOICES = ['keep-scrolling', 'take-two', 'done', 'undo-done', 'pause-today'] as const;
export type PauseChoice = (typeof PAUSE_CHOICES)[number];

export interface PausePrefs {
  isStretchOn: boolean;
  isProvocationOn: boolean;
  thresholdMinutes: number;
  /** Sites where the person turned the cards off; every other supported site may show them. */
  offSites: SiteId[];
  /** No card between these local times; null: none set. */
  quietHours: QuietHours | null;
}

/** Kept by the background between cards (storage.local: the day's count survives a browser restart). */
export interface PauseState {
  /** Local day (`YYYY-MM-DD`) the counts below belong to. */
  day: string;
  shownToday: number;
  /** "Pause cards for today": the day it was asked for. */
  pausedDay: string | null;
  quietUntil: number;
  /** Tab id → when it last showed a card. */
  lastShownByTab: Record<string, number>;
  /** The first card ever explains itself in one line. */
  hasExplained: boolean;
}

export interface PauseCard {
  trigger: PauseTrigger;
  stretchMs: number;
  run: ProvocationRun | null;
  isFirst: boolean;
}

export interface PauseInput {
  now: number;
  day: string;
  tabId: number;
  site: SiteId;
  /** Local minutes after midnight at `now` (quiet-hours.ts minuteOfDayAt). */
  minuteOfDay: number;
  /** Counted time of this stretch on the tab's site (pause/stretch.ts); 0 when the site is not consuming. */
  stretchMs: number;
  /** Labels of the latest posts seen on this site, newest first. */
  recentLabels: readonly (readonly Category[])[];
  prefs: PausePrefs;
  state: PauseState;
}

export function emptyPauseState(day: string): PauseState {
  return { day, shownToday: 0, pausedDay: null, quietUntil: 0, lastShownByTab: {}, hasExplained: false };
}

/** The state as of `day`: a new day starts its count again. */
function onDay(state: PauseState, day: string): PauseState {
  return state.day === day ? state : { ...state, day, shownToday: 0 };
}

export function decidePauseCard(input: PauseInput): PauseCard | null {
  const { now, prefs } = input;
  const state = onDay(input.state, input.day);
  if (prefs.offSites.includes(input.site) || isQuietAt(prefs.quietHours, input.minuteOfDay)) return null;
  const isStretch = prefs.isStretchOn && input.stretchMs >= prefs.thresholdMinutes * 60_000;
  const run = prefs.isProvocationOn ? provocationRun(input.recentLabels) : null;
  if (!isStretch && !run) return null;
  if (state.pausedDay === input.day || now < state.quietUntil || state.shownToday >= DAILY_MAX) return null;
  const last = state.lastShownByTab[String(input.tabId)];
  if (last !== undefined && now - last < PER_TAB_GAP_MS) return null;
  // Both figures are said when both are true; the run names the trigger, being the more specific.
  return { trigger: run ? 'provocation' : 'stretch', stretchMs: input.stretchMs, run, isFirst: !state.hasExplained };
}

export function noteCardShown(previous: PauseState, tabId: number, now: number, day: string): PauseState {
  const state = onDay(previous, day);
  // Tabs seen more than a gap ago no longer limit anything: forget them, so the map stays small.
  const lastShownByTab = Object.fromEntries(Object.entries(state.lastShownByTab).filter(([, at]) => now - at < PER_TAB_GAP_MS));
  lastShownByTab[String(tabId)] = now;
  return { ...state, shownToday: state.shownToday + 1, lastShownByTab, hasExplained: true };
}

export function noteChoice(previous: PauseState, choice: PauseChoice, now: number, day: string): PauseState {
  const state = onDay(previous, day);
  if (choice === 'keep-scrolling') return { ...state, quietUntil: now + QUIET_MS };
  if (choice === 'pause-today') return { ...state, pausedDay: day };
  return state;
}
