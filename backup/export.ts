/**
 * Builds the JSON export (backup/export-format.ts) from the database, for everything or for a
 * range of local days. Read in one transaction, so the rollups and the raw rows agree.
 */
import { addDays, startOfDayKey } from '../activity/local-day';
import type { RealignDb } from '../storage/db';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, type ExportScope } from '../schema/export-format';

export async function buildExport(db: RealignDb, scope: ExportScope, now = Date.now()): Promise<ExportFile> {
  const tables = await db.transaction('r', [db.days, db.segments, db.postsSeen, db.manualEntries, db.nudges, db.siteHealth, db.feedback, db.intentions], () =>
    scope.kind === 'all' ? readEverything(db) : readRange(db, scope.from, scope.to),
  );
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    scope,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    days: tables.days.sort((a, b) => a.date.localeCompare(b.date)),
    segments: tables.segments.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id)),
    postsSeen: tables.postsSeen.sort((a, b) => a.firstSeenAt - b.firstSeenAt || a.key.localeCompare(b.key)),
    manualEntries: tables.manualEntries.map(({ id: _id, ...entry }) => entry).sort((a, b) => a.at - b.at),
    nudges: tables.nudges.map(({ id: _id, ...event }) => event).sort((a, b) => a.at - b.at),
    siteHealth: tables.siteHealth.sort((a, b) => a.site.localeCompare(b.site)),
    feedback: tables.feedback.map(({ id: _id, ...mark }) => mark).sort((a, b) => a.at - b.at),
    intentions: tables.intentions.map(({ id: _id, ...answer }) => answer).sort((a, b) => a.at - b.at || a.host.localeCompare(b.host)),
  };
}

async function readEverything(db: RealignDb) {
  const [days, segments, postsSeen, manualEntries, nudges, siteHealth, feedback, intentions] = await Promise.all([
    db.days.toArray(),
    db.segments.toArray(),
    db.postsSeen.toArray(),
    db.manualEntries.toArray(),
    db.nudges.toArray(),
    db.siteHealth.toArray(),
    db.feedback.toArray(),
    db.intentions.toArray(),
  ]);
  return { days, segments, postsSeen, manualEntries, nudges, siteHealth, feedback, intentions };
}

/** Rows of the local days `from`…`to` (inclusive): what backs those days' rollups. */
async function readRange(db: RealignDb, from: string, to: string) {
  const start = startOfDayKey(from);
  const end = startOfDayKey(addDays(to, 1));
  const [days, segments, postsSeen, manualEntries, nudges, siteHealth, feedback, intentions] = await Promise.all([
    db.days.where('date').between(from, to, true, true).toArray(),
    // Range reads without a filter are one getAll each (a filter walks a cursor); filtered here instead.
    db.segments.where('end').above(start).toArray().then((rows) => rows.filter((row) => row.start < end)),
    // A post counts on the day in `countedDay`, which is never later than the day it was last seen.
    db.postsSeen.where('lastSeenAt').aboveOrEqual(start).toArray().then((rows) => rows.filter((row) => row.countedDay >= from && row.countedDay <= to)),
    db.manualEntries.where('date').between(from, to, true, true).toArray(),
    db.nudges.where('at').between(start, end, true, false).toArray(),
    db.siteHealth.filter((row) => row.lastScanAt >= start && row.lastScanAt < end).toArray(),
    db.feedback.where('at').between(start, end, true, false).toArray(),
    db.intentions.where('at').between(start, end, true, false).toArray(),
  ]);
  return { days, segments, postsSeen, manualEntries, nudges, siteHealth, feedback, intentions };
}
