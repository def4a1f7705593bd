/**
 * The background's half of the pause card: after each batch of posts seen, it reads the stretch
 * and the latest labels, asks the pure rules (pause/decide-card.ts) and answers the feed script
 * with a card or nothing; when the person answers the card, it keeps the choice and acts on it.
 *
 *   feed/posts-seen ─▶ segments of this host + the open piece ─▶ stretchMs ─┐
 *                      last 10 posts seen on this site ─▶ labels ─────────┴▶ decidePauseCard ─▶ reply
 *   feed/pause-chosen ─▶ noteChoice (quiet, paused today) ─▶ history ─▶ "done": close the tab
 */
import { browser } from 'wxt/browser';
import { activityOf } from '../activity/default-activity';
import { dayKeyOf } from '../activity/local-day';
import { siteOfUrl } from '../activity/site-of-url';
import type { Span } from '../activity/unbroken-time';
import { decidePauseCard, emptyPauseState, noteCardShown, noteChoice, type PauseCard, type PauseChoice, type PauseState, type PauseTrigger } from '../pause/decide-card';
import { WINDOW } from '../pause/provocation-run';
import { minuteOfDayAt } from '../pause/quiet-hours';
import { stretchMs } from '../pause/stretch';
import { readPausePrefs } from '../settings/pause-cards';
import { readSiteActivities } from '../settings/site-activities';
import type { SiteId } from '../sites/types';
import type { NudgeEventRow } from '../figures/rows';
import type { RealignDb } from '../storage/db';
import { recordNudgeEvent } from '../storage/nudge-history';
import { storage } from 'wxt/utils/storage';
import { trackerStateItem } from './activity-session';

export const pauseStateItem = storage.defineItem<PauseState | null>('local:pauseCardState', { fallback: null });

/** Longer than any stretch anyone should sit through; older segments cannot be part of this one. */
const LOOK_BACK_MS = 12 * 3_600_000;
/** Posts read to find this site's last 10: other sites' posts in other tabs may be interleaved. */
const RECENT_POSTS_READ = 100;

/**
 * The history keeps cards in the nudge table, so the weekly page, the exports and the import carry
 * them as they carry nudges: rule `pause-<trigger>`, and the choice as the nudge action it amounts
 * to. "Undo" after "Done for now" leaves no mark: the tab stayed, nothing was chosen.
 */
export const pauseRule = (trigger: PauseTrigger) => `pause-${trigger}`;
const CHOICE_ACTIONS: Record<PauseChoice, NudgeEventRow['action'] | null> = {
  'keep-scrolling': 'snoozed',
  'take-two': 'acted',
  done: 'acted',
  'pause-today': 'switched-off',
  'undo-done': null,
};

async function readState(day: string): Promise<PauseState> {
  const state = await pauseStateItem.getValue();
  return state && typeof state === 'object' && typeof state.day === 'string' ? state : emptyPauseState(day);
}

export async function considerPauseCard(db: RealignDb, tab: { id: number; url: string | undefined }, site: SiteId, now: number): Promise<PauseCard | null> {
  const day = dayKeyOf(now);
  const host = siteOfUrl(tab.url);
  const [prefs, state, overrides] = await Promise.all([readPausePrefs(), readState(day), readSiteActivities()]);
  if (!prefs.isStretchOn && !prefs.isProvocationOn) return null;
  // Off here or quiet now: no need to read the history at all (decidePauseCard says the same).
  if (prefs.offSites.includes(site)) return null;
  const isConsuming = host !== null && activityOf(host, overrides) === 'consume';
  const [spans, recentLabels] = await Promise.all([
    isConsuming && host ? hostSpans(db, host, now) : Promise.resolve([]),
    db.postsSeen.orderBy('lastSeenAt').reverse().limit(RECENT_POSTS_READ).toArray()
      .then((rows) => rows.filter((row) => row.site === site).slice(0, WINDOW).map((row) => row.labels)),
  ]);
  const card = decidePauseCard({ now, day, tabId: tab.id, site, minuteOfDay: minuteOfDayAt(now), stretchMs: stretchMs(spans, now), recentLabels, prefs, state });
  if (!card) return null;
  await pauseStateItem.setValue(noteCardShown(state, tab.id, now, day));
  await recordNudgeEvent(db, { rule: pauseRule(card.trigger), action: 'shown', at: now });
  return card;
}

/** This host's consuming segments, plus the piece the tracker is counting now (up to a minute not yet stored). */
async function hostSpans(db: RealignDb, host: string, now: number): Promise<Span[]> {
  const rows = await db.segments.where('end').aboveOrEqual(now - LOOK_BACK_MS).toArray();
  const spans = rows.filter((row) => row.host === host && row.activity === 'consume').map(({ start, end }) => ({ start, end }));
  const open = (await trackerStateItem.getValue())?.open;
  if (open && open.host === host && open.activity === 'consume') spans.push({ start: open.start, end: now });
  return spans;
}

export async function recordPauseChoice(db: RealignDb, tabId: number, trigger: PauseTrigger, choice: PauseChoice, now: number): Promise<void> {
  const day = dayKeyOf(now);
  await pauseStateItem.setValue(noteChoice(await readState(day), choice, now, day));
  const action = CHOICE_ACTIONS[choice];
  if (action) await recordNudgeEvent(db, { rule: pauseRule(trigger), action, at: now });
  // The card already gave 3 seconds to undo; the person asked for the tab to go.
  if (choice === 'done') await browser.tabs.remove(tabId).catch(() => {});
}
