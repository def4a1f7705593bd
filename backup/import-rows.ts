/**
 * Checks the raw rows of an import (segments, posts seen, manual entries, nudge events, site
 * health, "not helpful" marks, intention answers) and rebuilds each from checked fields only. The bounds are the ones the live code
 * keeps (messaging/seen-posts.ts, storage/manual-entries.ts), so an import can store nothing the
 * extension itself would not have stored.
 */
import { ACTIVITIES } from '../activity/activity';
import { INTENTIONS } from '../intention/intention';
import { CATEGORIES, type Category } from '../model/categories';
import { PAGE_KINDS } from '../sites/registry';
import { isSiteId, SITE_IDS } from '../sites/types';
import type { NudgeEventRow, SeenPostRow, SegmentRow, SiteHealthRow } from '../storage/db';
import type { ExportedFeedback, ExportedIntention, ExportedManualEntry, ExportedNudgeEvent } from './export-format';
import {
  checkArray, checkBoolean, checkDate, checkInt, checkNullableString, checkNumber, checkObject, checkOneOf, checkString, checkTime, refuse,
} from './import-checks';
import { HOST_PATTERN } from './import-day';
import { isValidManualEntry } from '../storage/manual-entries';

const WEEK_MS = 7 * 24 * 3_600_000;
/** A post's dwell adds up over every sighting; a month of looking at one post is past believing. */
const MAX_POST_DWELL_MS = 30 * 24 * 3_600_000;
/** As messaging/seen-posts.ts bounds them. */
const MAX_REASONS = 16;
const MAX_REASON_TEXT = 120;
/** Every answer the intention check stores, "skip" included (intention/intention.ts). */
const INTENTION_ANSWERS = [...INTENTIONS, 'skip'] as const;
const NUDGE_ACTIONS: readonly NudgeEventRow['action'][] = ['shown', 'acted', 'snoozed', 'dismissed', 'switched-off'];

export function checkSegment(value: unknown, path: string): SegmentRow {
  const raw = checkObject(value, path);
  const host = checkString(raw.host, `${path}.host`, 253, HOST_PATTERN);
  const start = checkTime(raw.start, `${path}.start`);
  const end = checkTime(raw.end, `${path}.end`);
  if (end <= start || end - start > WEEK_MS) refuse('importReasonBadSegment', [path]);
  const id = checkString(raw.id, `${path}.id`, 300);
  // The id is how a segment is recognised in both profiles; it must be the one Realign derives.
  if (id !== `${start}:${host}`) refuse('importReasonWrongId', [`${path}.id`, id.slice(0, 60), `${start}:${host}`]);
  return { id, start, end, host, activity: checkOneOf(raw.activity, `${path}.activity`, ACTIVITIES) };
}

export function checkSeenPostRow(value: unknown, path: string): SeenPostRow {
  const raw = checkObject(value, path);
  const key = checkString(raw.key, `${path}.key`, 512);
  if (key.length === 0) refuse('importReasonEmpty', [`${path}.key`]);
  const site = checkOneOf(raw.site, `${path}.site`, SITE_IDS);
  const permalink = checkNullableString(raw.permalink, `${path}.permalink`, 2_048);
  if (permalink !== null && !permalink.startsWith('https://')) refuse('importReasonNotHttps', [`${path}.permalink`]);
  const scoresRaw = checkObject(raw.scores, `${path}.scores`);
  const scores = {} as Record<Category, number>;
  for (const c of CATEGORIES) scores[c] = checkNumber(scoresRaw[c], `${path}.scores.${c}`, 0, 1);
  const labels = checkArray(raw.labels, `${path}.labels`, CATEGORIES.length).map((label, i) => checkOneOf(label, `${path}.labels[${i}]`, CATEGORIES));
  const firstSeenAt = checkTime(raw.firstSeenAt, `${path}.firstSeenAt`);
  const lastSeenAt = checkTime(raw.lastSeenAt, `${path}.lastSeenAt`);
  if (lastSeenAt < firstSeenAt) refuse('importReasonSeenBackwards', [path]);
  const row: SeenPostRow = {
    key,
    site,
    author: checkNullableString(raw.author, `${path}.author`, 256),
    permalink,
    sponsored: checkBoolean(raw.sponsored, `${path}.sponsored`),
    scores,
    labels: [...new Set(labels)],
    firstSeenAt,
    lastSeenAt,
    dwellMs: checkInt(raw.dwellMs, `${path}.dwellMs`, 0, MAX_POST_DWELL_MS),
    snippet: checkNullableString(raw.snippet, `${path}.snippet`, 300),
    countedDay: checkDate(raw.countedDay, `${path}.countedDay`),
  };
  // Rows stored before reasons were kept have none; they stay without.
  if (raw.reasons !== undefined) {
    row.reasons = checkArray(raw.reasons, `${path}.reasons`, MAX_REASONS).map((value, i) => {
      const reason = checkObject(value, `${path}.reasons[${i}]`);
      return { category: checkOneOf(reason.category, `${path}.reasons[${i}].category`, CATEGORIES), text: checkString(reason.text, `${path}.reasons[${i}].text`, MAX_REASON_TEXT) };
    });
  }
  return row;
}

export function checkManualEntry(value: unknown, path: string): ExportedManualEntry {
  const raw = checkObject(value, path);
  const entry = {
    kind: checkOneOf(raw.kind, `${path}.kind`, ['offline-create', 'face-to-face'] as const),
    minutes: checkInt(raw.minutes, `${path}.minutes`, 0, 24 * 60),
    at: checkTime(raw.at, `${path}.at`),
  };
  if (!isValidManualEntry(entry)) refuse('importReasonBadManualEntry', [path, entry.kind, String(entry.minutes)]);
  return { ...entry, date: checkDate(raw.date, `${path}.date`) };
}

export function checkNudgeEvent(value: unknown, path: string): ExportedNudgeEvent {
  const raw = checkObject(value, path);
  return {
    rule: checkString(raw.rule, `${path}.rule`, 40, /^[a-z][a-z0-9-]*$/),
    action: checkOneOf(raw.action, `${path}.action`, NUDGE_ACTIONS),
    at: checkTime(raw.at, `${path}.at`),
  };
}

export function checkSiteHealth(value: unknown, path: string): SiteHealthRow {
  const raw = checkObject(value, path);
  if (!isSiteId(raw.site)) refuse('importReasonUnknownSite', [`${path}.site`, JSON.stringify(String(raw.site).slice(0, 40))]);
  const lastPostsAt = raw.lastPostsAt === 0 ? 0 : checkTime(raw.lastPostsAt, `${path}.lastPostsAt`);
  return {
    site: raw.site,
    lastUrl: checkString(raw.lastUrl, `${path}.lastUrl`, 2_048),
    lastScanAt: checkTime(raw.lastScanAt, `${path}.lastScanAt`),
    lastPostCount: checkInt(raw.lastPostCount, `${path}.lastPostCount`, 0, 100_000),
    lastPostsAt,
    // Optional: files from before the health check named page kinds have neither.
    ...(raw.lastPageKind === undefined ? {} : { lastPageKind: checkOneOf(raw.lastPageKind, `${path}.lastPageKind`, PAGE_KINDS) }),
    ...(raw.lastPostLikeCount === undefined ? {} : { lastPostLikeCount: checkInt(raw.lastPostLikeCount, `${path}.lastPostLikeCount`, 0, 100_000) }),
  };
}

export function checkFeedback(value: unknown, path: string): ExportedFeedback {
  const raw = checkObject(value, path);
  const key = checkString(raw.key, `${path}.key`, 512);
  if (key.length === 0) refuse('importReasonEmpty', [`${path}.key`]);
  return {
    key,
    site: checkOneOf(raw.site, `${path}.site`, SITE_IDS),
    category: checkOneOf(raw.category, `${path}.category`, CATEGORIES),
    at: checkTime(raw.at, `${path}.at`),
  };
}

export function checkIntention(value: unknown, path: string): ExportedIntention {
  const raw = checkObject(value, path);
  return {
    host: checkString(raw.host, `${path}.host`, 253, HOST_PATTERN),
    answer: checkOneOf(raw.answer, `${path}.answer`, INTENTION_ANSWERS),
    at: checkTime(raw.at, `${path}.at`),
  };
}
