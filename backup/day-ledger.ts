/**
 * A day rollup as a flat ledger of named counts, so that merging two histories is one rule applied
 * to every figure alike (backup/merge-days.ts). Keys:
 *
 *   t|<activity>|<host>   ms on a site in an activity     seen       posts seen
 *   f|<category>          flagged posts per category      a|<site:author>  flagged posts per account
 *   m|offline             ms made offline                 m|f2f      face-to-face meetings
 *   r|<category>|<text>   how often a reason came with a label
 *
 * Hosts and account keys come last in their key, so any character in them is safe.
 */
import { ACTIVITIES, type Activity } from '../activity/activity';
import { splitByDay } from '../activity/local-day';
import { CATEGORIES, type Category } from '../model/categories';
import { authorKey, dominantActivity, emptyDay, type DayRollup } from '../figures/day-rollup';
import type { SeenPostRow, SegmentRow } from '../figures/rows';
import type { ExportedManualEntry } from '../schema/export-format';

export type Ledger = Map<string, number>;

export function ledgerOf(day: DayRollup | undefined): Ledger {
  const ledger: Ledger = new Map();
  if (!day) return ledger;
  for (const [host, site] of Object.entries(day.sites)) {
    for (const a of ACTIVITIES) if (site.activityMs[a] > 0) ledger.set(`t|${a}|${host}`, site.activityMs[a]);
  }
  if (day.posts.seen > 0) ledger.set('seen', day.posts.seen);
  for (const c of CATEGORIES) if ((day.posts.flagged[c] ?? 0) > 0) ledger.set(`f|${c}`, day.posts.flagged[c]);
  for (const [key, n] of Object.entries(day.flaggedAuthors)) if (n > 0) ledger.set(`a|${key}`, n);
  for (const [category, texts] of Object.entries(day.reasons ?? {})) {
    for (const [text, n] of Object.entries(texts ?? {})) if (n > 0) ledger.set(`r|${category}|${text}`, n);
  }
  if (day.manual.offlineCreateMs > 0) ledger.set('m|offline', day.manual.offlineCreateMs);
  if (day.manual.faceToFace > 0) ledger.set('m|f2f', day.manual.faceToFace);
  return ledger;
}

/** The rollup a ledger describes; totals are the sums of the sites, as Realign always keeps them. */
export function dayOfLedger(date: string, ledger: Ledger): DayRollup {
  const day = emptyDay(date);
  for (const [key, value] of ledger) {
    if (value <= 0) continue;
    const bar = key.indexOf('|');
    const kind = bar === -1 ? key : key.slice(0, bar);
    const rest = bar === -1 ? '' : key.slice(bar + 1);
    if (kind === 't') {
      const activity = rest.slice(0, rest.indexOf('|')) as Activity;
      const host = rest.slice(rest.indexOf('|') + 1);
      const site = (day.sites[host] ??= { ms: 0, activity, activityMs: { consume: 0, create: 0, neutral: 0 } });
      site.activityMs[activity] += value;
      site.ms += value;
      day[`${activity}Ms`] += value;
    } else if (kind === 'seen') day.posts.seen = value;
    else if (kind === 'f') day.posts.flagged[rest as Category] = value;
    else if (kind === 'a') day.flaggedAuthors[rest] = value;
    else if (kind === 'r') {
      const category = rest.slice(0, rest.indexOf('|')) as Category;
      ((day.reasons ??= {})[category] ??= {})[rest.slice(rest.indexOf('|') + 1)] = value;
    } else if (kind === 'm' && rest === 'offline') day.manual.offlineCreateMs = value;
    else if (kind === 'm' && rest === 'f2f') day.manual.faceToFace = value;
  }
  for (const site of Object.values(day.sites)) site.activity = dominantActivity(site.activityMs);
  return day;
}

export interface RawRows {
  segments: Iterable<SegmentRow>;
  posts: Iterable<SeenPostRow>;
  manualEntries: Iterable<ExportedManualEntry>;
}

/** What raw rows add to each local day's rollup, counted exactly as storage/ counts them live. */
export function rawLedgers(rows: RawRows): Map<string, Ledger> {
  const byDay = new Map<string, Ledger>();
  const add = (date: string, key: string, n: number) => {
    const ledger = byDay.get(date) ?? byDay.set(date, new Map()).get(date)!;
    ledger.set(key, (ledger.get(key) ?? 0) + n);
  };
  for (const s of rows.segments) for (const slice of splitByDay(s.start, s.end)) add(slice.day, `t|${s.activity}|${s.host}`, slice.to - slice.from);
  for (const p of rows.posts) {
    add(p.countedDay, 'seen', 1);
    for (const label of p.labels) add(p.countedDay, `f|${label}`, 1);
    if (p.labels.length > 0 && p.author) add(p.countedDay, `a|${authorKey(p.site, p.author)}`, 1);
    for (const reason of p.reasons ?? []) add(p.countedDay, `r|${reason.category}|${reason.text}`, 1);
  }
  for (const e of rows.manualEntries) {
    if (e.kind === 'face-to-face') add(e.date, 'm|f2f', 1);
    else add(e.date, 'm|offline', e.minutes * 60_000);
  }
  return byDay;
}

/** The local days raw rows count on. */
export function daysOfRows(rows: RawRows): Set<string> {
  return new Set(rawLedgers(rows).keys());
}
