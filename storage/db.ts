/**
 * The Realign database: the only file that names IndexedDB tables and their schema versions
 * (the rows' shapes are plain data in figures/rows.ts and figures/day-rollup.ts).
 * Each version lists every table; a version that reshapes data carries an `upgrade` and a test
 * that upgrades real rows written by the version before it.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { DayRollup } from '../figures/day-rollup';
import type { FeedbackRow, IntentionRow, ManualEntryRow, NudgeEventRow, SeenPostRow, SegmentRow, SiteHealthRow } from '../figures/rows';
import { noticeWrites } from './notice-writes';

export const DB_NAME = 'realign';

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
