/**
 * The Realign database: the only file that names IndexedDB tables and their schema versions.
 * Each version lists every table; a version that reshapes data carries an `upgrade` and a test
 * that upgrades real rows written by the version before it.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Activity } from '../activity/activity';
import type { DayRollup } from '../figures/day-rollup';
import type { IntentionAnswer } from '../intention/intention';
import type { Category } from '../model/categories';
import type { Reason } from '../model/judge';
import type { NudgeEvent } from '../nudges/choose-nudges';
import type { PageKind } from '../sites/registry';
import type { SiteId } from '../sites/types';
import { noticeWrites } from './notice-writes';

export const DB_NAME = 'realign';

/** What the feed watcher last saw on a supported site: the basis of the adapter health check. */
export interface SiteHealthRow {
  site: SiteId;
  /** Page the scan ran on, without query or fragment (they can carry personal data). */
  lastUrl: string;
  lastScanAt: number;
  lastPostCount: number;
  /** Last time a scan found at least one post; 0 when none ever did. */
  lastPostsAt: number;
  /** The kind of page the last scan ran on (sites/registry.ts); absent in rows from before it was kept. */
  lastPageKind?: PageKind;
  /** Post-like containers that page showed when the scan read no post (feed/health-check.ts). */
  lastPostLikeCount?: number;
}

/** One stretch of time on one site doing one thing. Raw data: kept for the retention period. */
export interface SegmentRow {
  /** `<start>:<host>`: the tracker hands a segment over in pieces, and each piece extends this row. */
  id: string;
  start: number;
  end: number;
  host: string;
  activity: Activity;
}

/** A post the person actually saw (on screen long enough to read). Raw data, like segments. */
export interface SeenPostRow {
  key: string;
  site: SiteId;
  author: string | null;
  permalink: string | null;
  sponsored: boolean;
  scores: Record<Category, number>;
  labels: Category[];
  /** Why the labels were given (absent on rows stored before reasons were kept). */
  reasons?: Reason[];
  firstSeenAt: number;
  lastSeenAt: number;
  dwellMs: number;
  snippet: string | null;
  /** The last local day whose rollup counted this post: each post counts once per day. */
  countedDay: string;
}

export type ManualEntryKind = 'offline-create' | 'face-to-face';

export interface ManualEntryRow {
  id?: number;
  kind: ManualEntryKind;
  /** Minutes made offline; 0 for a face-to-face meeting. */
  minutes: number;
  at: number;
  date: string;
}

/** A nudge shown, or what the person did with it (nudges/choose-nudges.ts declares the event). */
export interface NudgeEventRow extends NudgeEvent {
  id?: number;
}

/** The answer to the optional intention check (intention/intention.ts): one per stretch on a host. */
export interface IntentionRow {
  id?: number;
  host: string;
  answer: IntentionAnswer;
  at: number;
}

/** The person said a label did not help: kept locally, to measure the model against real use. */
export interface FeedbackRow {
  id?: number;
  /** The post's key, as in postsSeen. */
  key: string;
  site: SiteId;
  category: Category;
  at: number;
}

export type RealignDb = Dexie & {
  siteHealth: EntityTable<SiteHealthRow, 'site'>;
  segments: EntityTable<SegmentRow, 'id'>;
  postsSeen: EntityTable<SeenPostRow, 'key'>;
  days: EntityTable<DayRollup, 'date'>;
  manualEntries: EntityTable<ManualEntryRow, 'id'>;
  nudges: EntityTable<NudgeEventRow, 'id'>;
  feedback: EntityTable<FeedbackRow, 'id'>;
  intentions: EntityTable<IntentionRow, 'id'>;
};

export function openDb(name = DB_NAME): RealignDb {
  const db = new Dexie(name) as RealignDb;
  db.version(1).stores({
    siteHealth: 'site',
  });
  // Version 2 adds the history; version 1's rows need no change. `end` and `lastSeenAt` are
  // indexed for retention, `at` for the views' recent lists.
  db.version(2).stores({
    siteHealth: 'site',
    segments: 'id, end',
    postsSeen: 'key, lastSeenAt',
    days: 'date',
    manualEntries: '++id, date, at',
    nudges: '++id, at, rule',
  });
  // Version 3 adds the "not helpful" feedback on labels; earlier rows need no change.
  db.version(3).stores({
    feedback: '++id, at, key',
  });
  // Version 4 adds the intention check's answers (off by default); earlier rows need no change.
  db.version(4).stores({
    intentions: '++id, at, host',
  });
  // Every write forgets the popup's snapshot of today's figures (snapshot-slot.ts).
  noticeWrites(db);
  return db;
}
