/** Shared by the export/import/delete tests: a seeded history in a fresh database, and its figures. */
import { addDays, weekOf } from '../activity/local-day';
import { makeHistory } from '../harness/synthetic-history';
import type { RealignDb } from '../storage/db';
import { dayTotals, informationDiet, topSites, weekTotals } from '../storage/read-days';
import { addManualEntry } from '../storage/manual-entries';
import { recordNudgeEvent } from '../storage/nudge-history';
import { recordNotHelpful } from '../storage/feedback';
import { recordIntention } from '../storage/intentions';
import { recordFeedScan } from '../storage/site-health';

export const NOW = new Date(2026, 10, 23, 21).getTime();
export const TODAY = '2026-11-23';

/** `dayCount` days of synthetic history ending today, plus manual entries, nudges, feedback, intention answers and site health. */
export async function seedHistory(db: RealignDb, dayCount: number, postsPerDay = 30): Promise<void> {
  const history = makeHistory(NOW, dayCount, postsPerDay);
  await db.transaction('rw', db.days, db.postsSeen, db.segments, async () => {
    await db.days.bulkPut(history.days);
    await db.postsSeen.bulkPut(history.posts);
    await db.segments.bulkPut(history.segments);
  });
  for (const back of [0, 1, 3]) {
    const at = NOW - back * 86_400_000 - 3 * 3_600_000;
    await addManualEntry(db, { kind: 'offline-create', minutes: 25 + back, at });
    await addManualEntry(db, { kind: 'face-to-face', minutes: 0, at: at + 60_000 });
    await recordNudgeEvent(db, { rule: 'take-a-break', action: back === 0 ? 'acted' : 'dismissed', at });
    await recordNotHelpful(db, { key: `x:note-${back}`, site: 'x', category: 'outrage', at });
    await recordIntention(db, { host: 'x.com', answer: back === 0 ? 'skip' : 'catch-up', at: at + 120_000 });
  }
  await recordFeedScan(db, { site: 'x', url: 'https://x.com/home', postCount: 12, at: NOW - 3_600_000 });
}

/** Every figure the popup and the weekly summary show, for `dayCount` days ending today. */
export async function figuresOf(db: RealignDb, dayCount: number) {
  const dates = Array.from({ length: dayCount }, (_, i) => addDays(TODAY, -i)).reverse();
  const mondays = [...new Set(dates.map((date) => weekOf(date)[0]!))];
  return {
    days: await Promise.all(dates.map((date) => dayTotals(db, date))),
    weeks: await Promise.all(mondays.map((monday) => weekTotals(db, monday))),
    diet: await informationDiet(db, dates, 20),
    sites: await topSites(db, dates, 50),
  };
}

/** Every table's rows without local ids, in a stable order: "the database as it was". */
export async function dumpTables(db: RealignDb) {
  const strip = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
  const sortBy = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    days: sortBy(await db.days.toArray(), (row) => row.date),
    segments: sortBy(await db.segments.toArray(), (row) => row.id),
    postsSeen: sortBy(await db.postsSeen.toArray(), (row) => row.key),
    manualEntries: sortBy(strip(await db.manualEntries.toArray()), (row) => `${row.at}${row.kind}`),
    nudges: sortBy(strip(await db.nudges.toArray()), (row) => `${row.at}${row.action}`),
    siteHealth: sortBy(await db.siteHealth.toArray(), (row) => row.site),
    feedback: sortBy(strip(await db.feedback.toArray()), (row) => `${row.at}${row.key}`),
    intentions: sortBy(strip(await db.intentions.toArray()), (row) => `${row.at}${row.host}${row.answer}`),
  };
}
