/**
 * What a change in the settings means for a feed page that is already open, as plain data:
 *
 *   site turned off         ─▶ stop (labels and marks removed, nothing counted)
 *   site turned on          ─▶ start (judging and labelling, as on a fresh page)
 *   sensitivity moved       ─▶ re-judge (the thresholds changed, so the judgements did)
 *   label modes changed     ─▶ relabel (the judgements stand; only how they are shown moved)
 *   labels paused or back   ─▶ relabel, and relabel again when the pause ends on its own
 *   snippets kept or not    ─▶ nothing (read each time a batch is sent)
 *
 * The page loading is the change from nothing: start (unless the site is off), and the end of a
 * pause already running. The settings are compared, not named by the storage key that fired:
 * two changes read together (one reread can carry both) are both honoured.
 */
import type { SiteId } from '../sites/types';
import type { FeedSettings } from './feed-settings';

export type FeedAction =
  | { kind: 'start' }
  | { kind: 'stop' }
  | { kind: 'rejudge' }
  | { kind: 'relabel' }
  /** Labels come back when a pause ends: relabel in `inMs`. */
  | { kind: 'relabel-later'; inMs: number };

/** A little after the pause's last millisecond, so the relabel finds it over. */
const AFTER_PAUSE_MS = 50;

export function isFeedOn(site: SiteId, settings: FeedSettings): boolean {
  return !settings.disabledSites.includes(site);
}

/** What to do on `site` now that the settings are `after` (`before` is null when the page has just loaded). */
export function feedActions(site: SiteId, before: FeedSettings | null, after: FeedSettings, now: number): FeedAction[] {
  const actions: FeedAction[] = [];
  const isOn = isFeedOn(site, after);
  const wasOn = before !== null && isFeedOn(site, before);
  if (isOn && !wasOn) actions.push({ kind: 'start' });
  if (!isOn && wasOn) actions.push({ kind: 'stop' });
  if (isOn && wasOn && before !== null) {
    if (!isSame(before.sensitivity, after.sensitivity)) actions.push({ kind: 'rejudge' });
    else if (!isSame(before.modes, after.modes) || before.pausedUntil !== after.pausedUntil) actions.push({ kind: 'relabel' });
  }
  // Whether the feed is on or not: a site turned on before the pause ends gets its labels back then too.
  const pauseLeft = after.pausedUntil - now;
  if ((before === null || before.pausedUntil !== after.pausedUntil) && pauseLeft > 0) {
    actions.push({ kind: 'relabel-later', inMs: pauseLeft + AFTER_PAUSE_MS });
  }
  return actions;
}

/** Settings are small plain objects read fresh each time, in a fixed key order (their clean* readers). */
function isSame(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
