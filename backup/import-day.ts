/**
 * Checks one entry of an import's `days` and rebuilds it as a DayRollup from checked fields only
 * (nothing from the file is stored by reference). A day's totals must equal the sum of its sites'
 * time per activity, as every rollup Realign writes does: a file where they differ was edited or
 * damaged, and merging it would leave figures that contradict each other.
 */
import { ACTIVITIES, type Activity } from '../activity/activity';
import { CATEGORIES, type Category } from '../model/categories';
import { checkDate, checkInt, checkKeys, checkObject, checkOneOf, type Json } from '../schema/fields';
import { Refused } from '../schema/refusal';
import { SEEN_POST_LIMITS } from '../schema/seen-post';
import type { DayRollup, SiteDay } from '../figures/day-rollup';
import { IMPORT_LIMITS } from '../schema/export-format';
import { ImportRefused, refuseImport } from './import-refusal';

/**
 * Time one day can hold. One browser counts at most the longest local day (25 hours, at a
 * daylight-saving change); a history merged from several browsers can hold more, so an export of
 * it must import again: four browsers' worth is allowed, anything beyond is absurd.
 */
export const DAY_MAX_MS = 4 * 25 * 3_600_000;
/** Host names as the tracker stores them: lower case, letters, digits, dots, dashes (and IPv6/ports). */
export const HOST_PATTERN = /^[a-z0-9][a-z0-9.\-:[\]]{0,252}$/;
const MAX_POSTS_PER_DAY = 1_000_000;
/** Offline making entered by hand: each entry is at most a day, and no one enters a hundred. */
const MAX_OFFLINE_MS = 100 * 24 * 3_600_000;
const MAX_FACE_TO_FACE = 10_000;
/** Distinct reason texts per category in one day; the model words each category a few dozen ways. */
const MAX_REASONS_PER_CATEGORY = 2_000;

export function checkDay(value: unknown, path: string): DayRollup {
  const raw = checkObject(value, path);
  const date = checkDate(raw.date, `${path}.date`);
  try {
    return checkDayFields(raw, path, date);
  } catch (error) {
    // Past its date, a problem is named with the day it is in, as a person finds it in the file.
    if (error instanceof Refused || error instanceof ImportRefused) throw new ImportRefused({ ...error.refusal, day: date });
    throw error;
  }
}

function checkDayFields(raw: Json, path: string, date: string): DayRollup {
  const totals = {
    consume: checkInt(raw.consumeMs, `${path}.consumeMs`, 0, DAY_MAX_MS),
    create: checkInt(raw.createMs, `${path}.createMs`, 0, DAY_MAX_MS),
    neutral: checkInt(raw.neutralMs, `${path}.neutralMs`, 0, DAY_MAX_MS),
  };
  if (totals.consume + totals.create + totals.neutral > DAY_MAX_MS) refuseImport({ code: 'too-much-time', path, limitMs: DAY_MAX_MS });
  const sites = checkSites(raw.sites, `${path}.sites`);
  for (const activity of ACTIVITIES) {
    const sum = Object.values(sites).reduce((s, site) => s + site.activityMs[activity], 0);
    if (sum !== totals[activity]) refuseImport({ code: 'totals-disagree', path: `${path}.${activity}Ms`, total: totals[activity], sum });
  }
  const postsRaw = checkObject(raw.posts, `${path}.posts`);
  const seen = checkInt(postsRaw.seen, `${path}.posts.seen`, 0, MAX_POSTS_PER_DAY);
  const flagged = checkCounts(postsRaw.flagged, `${path}.posts.flagged`, seen);
  const flaggedAuthors = raw.flaggedAuthors === undefined ? {} : checkAuthors(raw.flaggedAuthors, `${path}.flaggedAuthors`, seen);
  const manualRaw = raw.manual === undefined ? { offlineCreateMs: 0, faceToFace: 0 } : checkObject(raw.manual, `${path}.manual`);
  const day: DayRollup = {
    date,
    consumeMs: totals.consume,
    createMs: totals.create,
    neutralMs: totals.neutral,
    sites,
    posts: { seen, flagged },
    flaggedAuthors,
    manual: {
      offlineCreateMs: checkInt(manualRaw.offlineCreateMs, `${path}.manual.offlineCreateMs`, 0, MAX_OFFLINE_MS),
      faceToFace: checkInt(manualRaw.faceToFace, `${path}.manual.faceToFace`, 0, MAX_FACE_TO_FACE),
    },
  };
  // Rollups written before reasons were counted have none; they stay without.
  if (raw.reasons !== undefined) day.reasons = checkReasons(raw.reasons, `${path}.reasons`, seen);
  return day;
}

/**
 * Host → time. `activityMs` is Realign's own split; a file written by another tool that follows
 * only the DESIGN.md contract (`ms` and `activity`) is read as all of the time in that activity.
 */
function checkSites(value: unknown, path: string): Record<string, SiteDay> {
  const raw = checkObject(value, path);
  const sites: Record<string, SiteDay> = {};
  for (const host of checkKeys(raw, path, IMPORT_LIMITS.sitesPerDay)) {
    const where = `${path}["${host.slice(0, 60)}"]`;
    if (!HOST_PATTERN.test(host)) refuseImport({ code: 'not-host', path: where });
    const site = checkObject(raw[host], where);
    const ms = checkInt(site.ms, `${where}.ms`, 0, DAY_MAX_MS);
    const activity = checkOneOf<Activity>(site.activity, `${where}.activity`, ACTIVITIES);
    let activityMs: Record<Activity, number> = { consume: 0, create: 0, neutral: 0, [activity]: ms };
    if (site.activityMs !== undefined) {
      const split = checkObject(site.activityMs, `${where}.activityMs`);
      checkKeys(split, `${where}.activityMs`, ACTIVITIES.length);
      activityMs = { consume: 0, create: 0, neutral: 0 };
      for (const a of ACTIVITIES) activityMs[a] = split[a] === undefined ? 0 : checkInt(split[a], `${where}.activityMs.${a}`, 0, DAY_MAX_MS);
      const sum = activityMs.consume + activityMs.create + activityMs.neutral;
      if (sum !== ms) refuseImport({ code: 'site-split-disagrees', path: where, ms, sum });
    }
    sites[host] = { ms, activity, activityMs };
  }
  return sites;
}

function checkCounts(value: unknown, path: string, seen: number): Record<Category, number> {
  const raw = checkObject(value, path);
  for (const key of checkKeys(raw, path, 64)) {
    if (!(CATEGORIES as readonly string[]).includes(key)) refuseImport({ code: 'unknown-category', path, category: key.slice(0, 60) });
  }
  const counts = {} as Record<Category, number>;
  for (const c of CATEGORIES) counts[c] = raw[c] === undefined ? 0 : checkInt(raw[c], `${path}.${c}`, 0, seen);
  return counts;
}

/** `<site>:<author>` → flagged posts; no account can bring more flagged posts than were seen. */
function checkAuthors(value: unknown, path: string, seen: number): Record<string, number> {
  const raw: Json = checkObject(value, path);
  const authors: Record<string, number> = {};
  for (const key of checkKeys(raw, path, IMPORT_LIMITS.authorsPerDay)) {
    const where = `${path}["${key.slice(0, 60)}"]`;
    if (key.length > 300 || !/^[a-z][a-z0-9-]*:./.test(key)) refuseImport({ code: 'not-account-key', path: where });
    authors[key] = checkInt(raw[key], where, 1, seen);
  }
  return authors;
}

/** Category → reason text → how often it came with a label that day. */
function checkReasons(value: unknown, path: string, seen: number): NonNullable<DayRollup['reasons']> {
  const raw = checkObject(value, path);
  const reasons: NonNullable<DayRollup['reasons']> = {};
  for (const category of checkKeys(raw, path, 64)) {
    if (!(CATEGORIES as readonly string[]).includes(category)) refuseImport({ code: 'unknown-category', path, category: category.slice(0, 60) });
    const where = `${path}.${category}`;
    const texts = checkObject(raw[category], where);
    const counts: Record<string, number> = {};
    for (const text of checkKeys(texts, where, MAX_REASONS_PER_CATEGORY)) {
      if (text.length > SEEN_POST_LIMITS.reasonText) refuseImport({ code: 'reason-too-long', path: where, length: text.length, max: SEEN_POST_LIMITS.reasonText });
      counts[text] = checkInt(texts[text], `${where}["${text.slice(0, 60)}"]`, 1, seen * SEEN_POST_LIMITS.reasons);
    }
    reasons[category as Category] = counts;
  }
  return reasons;
}
