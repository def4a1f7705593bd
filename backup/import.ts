/**
 * Imports a JSON backup into the history, merging without duplicating:
 *
 *   text ─▶ parseExport (everything checked; a refusal writes nothing)
 *        ─▶ one transaction over every table:
 *             raw rows merged by natural key (merge-rows.ts) ─▶ only new or changed rows written
 *             every day the file or those rows touch ─▶ merged by the residual rule (merge-days.ts)
 *
 * Any failure inside the transaction rolls all of it back: the database is as it was.
 */
import { startOfDayKey } from '../activity/local-day';
import { Refused } from '../schema/refusal';
import type { DayRollup } from '../figures/day-rollup';
import type { ManualEntryRow } from '../figures/rows';
import type { RealignDb } from '../storage/db';
import { daysOfRows, rawLedgers } from './day-ledger';
import type { ExportFile } from '../schema/export-format';
import { ImportRefused, type ImportRefusal } from './import-refusal';
import { parseExport } from './import-validate';
import { mergeDay } from './merge-days';
import { feedbackKey, intentionKey, isSameRow, manualEntryKey, mergePost, mergeSegment, mergeSiteHealth, nudgeEventKey } from './merge-rows';

export interface ImportCounts {
  daysInFile: number;
  daysNew: number;
  daysUpdated: number;
  segments: number;
  postsSeen: number;
  manualEntries: number;
  nudges: number;
  feedback: number;
  intentions: number;
}

/** A refusal says why as data (a code, the path in the file, the values); the page words it. */
export type ImportOutcome = ({ ok: true } & ImportCounts) | { ok: false; refusal: ImportRefusal };

/** Where a long import has got to, with counts, for the progress bar (ImportData.tsx). */
export type ImportStep = { stage: 'checking' } | { stage: 'merging'; days: number; rows: number };

export async function importBackup(
  db: RealignDb,
  text: string,
  maxChars?: number,
  now = Date.now(),
  onStep: (step: ImportStep) => void = () => {},
): Promise<ImportOutcome> {
  let file: ExportFile;
  onStep({ stage: 'checking' });
  // Each step gives the page a frame to draw the progress before a long synchronous stretch.
  await nextFrame();
  try {
    file = parseExport(text, maxChars, now);
  } catch (error) {
    if (error instanceof ImportRefused || error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  }
  onStep({ stage: 'merging', days: file.days.length, rows: rowCount(file) });
  await nextFrame();
  try {
    return { ok: true, ...(await mergeExport(db, file)) };
  } catch (error) {
    const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, refusal: { code: 'store-failed', path: '', error: why } };
  }
}

export async function mergeExport(db: RealignDb, file: ExportFile): Promise<ImportCounts> {
  return db.transaction('rw', [db.days, db.segments, db.postsSeen, db.manualEntries, db.nudges, db.siteHealth, db.feedback, db.intentions], async () => {
    const [storedSegments, storedPosts, storedHealth] = await Promise.all([
      db.segments.bulkGet(file.segments.map((row) => row.id)),
      db.postsSeen.bulkGet(file.postsSeen.map((row) => row.key)),
      db.siteHealth.bulkGet(file.siteHealth.map((row) => row.site)),
    ]);
    const segments = file.segments.map((row, i) => mergeSegment(storedSegments[i], row));
    const posts = file.postsSeen.map((row, i) => mergePost(storedPosts[i], row));
    const health = file.siteHealth.map((row, i) => mergeSiteHealth(storedHealth[i], row));

    const affected = [...new Set([
      ...file.days.map((day) => day.date),
      ...daysOfRows({ segments: [...file.segments, ...present(storedSegments)], posts: [...file.postsSeen, ...present(storedPosts)], manualEntries: file.manualEntries }),
    ])].sort();
    const since = affected.length > 0 ? startOfDayKey(affected[0]!) : Infinity;
    const affectedSet = new Set(affected);

    // Every stored raw row that counts on an affected day, then the same set with the file merged in.
    const [rangeSegments, rangePosts, storedEntries, storedDays] = await Promise.all([
      db.segments.where('end').above(since).toArray(),
      // A range read without a filter is one getAll; a filtered read walks a cursor, row by row.
      db.postsSeen.where('lastSeenAt').aboveOrEqual(since).toArray(),
      db.manualEntries.where('date').anyOf(affected).toArray(),
      db.days.bulkGet(affected),
    ]);
    const storedSegmentSet = byKey([...rangeSegments, ...present(storedSegments)], (row) => row.id);
    const storedPostSet = byKey([...rangePosts, ...present(storedPosts)].filter((row) => affectedSet.has(row.countedDay)), (row) => row.key);
    const mergedSegmentSet = new Map([...storedSegmentSet, ...segments.map((row) => [row.id, row] as const)]);
    const mergedPostSet = new Map([...storedPostSet, ...posts.map((row) => [row.key, row] as const)]);
    const entryKeys = new Set(storedEntries.map(manualEntryKey));
    const newEntries = dedupe(file.manualEntries, manualEntryKey).filter((entry) => !entryKeys.has(manualEntryKey(entry)));

    const storedRaw = rawLedgers({ segments: storedSegmentSet.values(), posts: storedPostSet.values(), manualEntries: storedEntries });
    const importedRaw = rawLedgers({ segments: file.segments, posts: file.postsSeen, manualEntries: file.manualEntries });
    const mergedRaw = rawLedgers({ segments: mergedSegmentSet.values(), posts: mergedPostSet.values(), manualEntries: [...storedEntries, ...newEntries] });
    const importedDays = new Map(file.days.map((day) => [day.date, day]));
    const days: DayRollup[] = affected.map((date, i) =>
      mergeDay(date, { stored: storedDays[i], imported: importedDays.get(date), storedRaw: storedRaw.get(date), importedRaw: importedRaw.get(date), mergedRaw: mergedRaw.get(date) }),
    );

    const changedSegments = segments.filter((row, i) => !isSameRow(storedSegments[i], row));
    const changedPosts = posts.filter((row, i) => !isSameRow(storedPosts[i], row));
    const newNudges = await findNew(file.nudges, nudgeEventKey, (from, to) => db.nudges.where('at').between(from, to, true, true).toArray());
    const newFeedback = await findNew(file.feedback, feedbackKey, (from, to) => db.feedback.where('at').between(from, to, true, true).toArray());
    const newIntentions = await findNew(file.intentions, intentionKey, (from, to) => db.intentions.where('at').between(from, to, true, true).toArray());
    await Promise.all([
      db.days.bulkPut(days),
      db.segments.bulkPut(changedSegments),
      db.postsSeen.bulkPut(changedPosts),
      db.siteHealth.bulkPut(health.filter((row, i) => !isSameRow(storedHealth[i], row))),
      db.manualEntries.bulkAdd(newEntries.map((entry): ManualEntryRow => ({ ...entry }))),
      db.nudges.bulkAdd(newNudges),
      db.feedback.bulkAdd(newFeedback),
      db.intentions.bulkAdd(newIntentions),
    ]);
    const daysNew = storedDays.filter((day) => day === undefined).length;
    return {
      daysInFile: file.days.length,
      daysNew,
      daysUpdated: days.filter((day, i) => storedDays[i] !== undefined && !isSameRow(storedDays[i], day)).length,
      segments: changedSegments.length,
      postsSeen: changedPosts.length,
      manualEntries: newEntries.length,
      nudges: newNudges.length,
      feedback: newFeedback.length,
      intentions: newIntentions.length,
    };
  });
}

/** Rows that are their own identity (nudge events, feedback, intention answers): those the table does not hold yet. */
async function findNew<T extends { at: number }>(rows: T[], key: (row: T) => string, storedBetween: (from: number, to: number) => PromiseLike<T[]>): Promise<T[]> {
  if (rows.length === 0) return [];
  const times = rows.map((row) => row.at);
  const stored = await storedBetween(times.reduce((a, b) => Math.min(a, b)), times.reduce((a, b) => Math.max(a, b)));
  const keys = new Set(stored.map(key));
  return dedupe(rows, key).filter((row) => !keys.has(key(row)));
}

function rowCount(file: ExportFile): number {
  return file.segments.length + file.postsSeen.length + file.manualEntries.length + file.nudges.length + file.siteHealth.length + file.feedback.length + file.intentions.length;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function present<T>(rows: (T | undefined)[]): T[] {
  return rows.filter((row): row is T => row !== undefined);
}

function byKey<T>(rows: T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

function dedupe<T>(rows: T[], key: (row: T) => string): T[] {
  return [...byKey(rows, key).values()];
}
