/** Loads, changes and saves the day rollups (figures/day-rollup.ts) a write touches, inside the caller's transaction. */
import { emptyDay, type DayRollup } from '../figures/day-rollup';
import type { RealignDb } from './db';

/** Loads the named days (empty where none yet), lets `change` edit them, saves them in one go. */
export async function updateDays(db: RealignDb, dates: Iterable<string>, change: (day: (date: string) => DayRollup) => void): Promise<void> {
  const unique = [...new Set(dates)];
  if (unique.length === 0) return;
  const stored = await db.days.bulkGet(unique);
  const byDate = new Map(unique.map((date, i) => [date, stored[i] ?? emptyDay(date)]));
  change((date) => {
    const day = byDate.get(date);
    if (!day) throw new Error(`updateDays: ${date} was not loaded`);
    return day;
  });
  await db.days.bulkPut([...byDate.values()]);
}
