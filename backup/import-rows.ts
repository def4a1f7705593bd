/**
 * Checks the raw rows of an import (segments, posts seen, manual entries, nudge events, site
 * health, "not helpful" marks, intention answers) and rebuilds each from checked fields only. A
 * seen post and a "not helpful" mark are checked by the same schema as the feed's messages
 * (schema/seen-post.ts), manual entries by the same rule as the form (storage/manual-entries.ts),
 * so an import can store nothing the extension itself would not have stored.
 */
import { ACTIVITIES } from '../activity/activity';
import { INTENTIONS } from '../intention/intention';
import { checkDate, checkInt, checkObject, checkOneOf, checkString, checkTime } from '../schema/fields';
import { checkNotHelpfulFields, checkSeenPostFields, SEEN_POST_LIMITS } from '../schema/seen-post';
import { SCAN_URL_FORM, SITE_SCAN_LIMITS } from '../schema/site-scan';
import { PAGE_KINDS } from '../sites/registry';
import { isSiteId } from '../sites/types';
import type { NudgeEventRow, SeenPostRow, SegmentRow, SiteHealthRow } from '../figures/rows';
import type { ExportedFeedback, ExportedIntention, ExportedManualEntry, ExportedNudgeEvent } from '../schema/export-format';
import { HOST_PATTERN } from './import-day';
import { refuseImport } from './import-refusal';
import { isValidManualEntry } from '../storage/manual-entries';

const WEEK_MS = 7 * 24 * 3_600_000;
/** Every answer the intention check stores, "skip" included (intention/intention.ts). */
const INTENTION_ANSWERS = [...INTENTIONS, 'skip'] as const;
const NUDGE_ACTIONS: readonly NudgeEventRow['action'][] = ['shown', 'acted', 'snoozed', 'dismissed', 'switched-off'];

export function checkSegment(value: unknown, path: string): SegmentRow {
  const raw = checkObject(value, path);
  const host = checkString(raw.host, `${path}.host`, 253, HOST_PATTERN);
  const start = checkTime(raw.start, `${path}.start`);
  const end = checkTime(raw.end, `${path}.end`);
  if (end <= start || end - start > WEEK_MS) refuseImport({ code: 'bad-segment', path });
  const id = checkString(raw.id, `${path}.id`, 300);
  // The id is how a segment is recognised in both profiles; it must be the one Realign derives.
  if (id !== `${start}:${host}`) refuseImport({ code: 'wrong-id', path: `${path}.id`, value: id.slice(0, 60), expected: `${start}:${host}` });
  return { id, start, end, host, activity: checkOneOf(raw.activity, `${path}.activity`, ACTIVITIES) };
}

export function checkSeenPostRow(value: unknown, path: string): SeenPostRow {
  const fields = checkSeenPostFields(value, path);
  const raw = checkObject(value, path);
  const firstSeenAt = checkTime(raw.firstSeenAt, `${path}.firstSeenAt`);
  const lastSeenAt = checkTime(raw.lastSeenAt, `${path}.lastSeenAt`);
  if (lastSeenAt < firstSeenAt) refuseImport({ code: 'seen-backwards', path });
  return {
    ...fields,
    firstSeenAt,
    lastSeenAt,
    dwellMs: checkInt(raw.dwellMs, `${path}.dwellMs`, 0, SEEN_POST_LIMITS.rowDwellMs),
    countedDay: checkDate(raw.countedDay, `${path}.countedDay`),
  };
}

export function checkManualEntry(value: unknown, path: string): ExportedManualEntry {
  const raw = checkObject(value, path);
  const entry = {
    kind: checkOneOf(raw.kind, `${path}.kind`, ['offline-create', 'face-to-face'] as const),
    minutes: checkInt(raw.minutes, `${path}.minutes`, 0, 24 * 60),
    at: checkTime(raw.at, `${path}.at`),
  };
  if (!isValidManualEntry(entry)) refuseImport({ code: 'bad-manual-entry', path, kind: entry.kind, minutes: entry.minutes });
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
  if (!isSiteId(raw.site)) refuseImport({ code: 'unknown-site', path: `${path}.site`, site: String(raw.site).slice(0, 40) });
  const lastPostsAt = raw.lastPostsAt === 0 ? 0 : checkTime(raw.lastPostsAt, `${path}.lastPostsAt`);
  return {
    site: raw.site,
    lastUrl: checkString(raw.lastUrl, `${path}.lastUrl`, SITE_SCAN_LIMITS.url, SCAN_URL_FORM),
    lastScanAt: checkTime(raw.lastScanAt, `${path}.lastScanAt`),
    lastPostCount: checkInt(raw.lastPostCount, `${path}.lastPostCount`, 0, SITE_SCAN_LIMITS.count),
    lastPostsAt,
    // Optional: files from before the health check named page kinds have neither.
    ...(raw.lastPageKind === undefined ? {} : { lastPageKind: checkOneOf(raw.lastPageKind, `${path}.lastPageKind`, PAGE_KINDS) }),
    ...(raw.lastPostLikeCount === undefined ? {} : { lastPostLikeCount: checkInt(raw.lastPostLikeCount, `${path}.lastPostLikeCount`, 0, SITE_SCAN_LIMITS.count) }),
  };
}

export function checkFeedback(value: unknown, path: string): ExportedFeedback {
  const fields = checkNotHelpfulFields(value, path);
  return { ...fields, at: checkTime(checkObject(value, path).at, `${path}.at`) };
}

export function checkIntention(value: unknown, path: string): ExportedIntention {
  const raw = checkObject(value, path);
  return {
    host: checkString(raw.host, `${path}.host`, 253, HOST_PATTERN),
    answer: checkOneOf(raw.answer, `${path}.answer`, INTENTION_ANSWERS),
    at: checkTime(raw.at, `${path}.at`),
  };
}
