/** The earliest local day with a rollup, or null on a fresh install: how far back the weekly page can go. */
import type { RealignDb } from './db';

export async function firstRecordedDay(db: RealignDb): Promise<string | null> {
  // `date` is the table's key: the first key in order, read without loading any row.
  const first = await db.days.orderBy('date').firstKey();
  return typeof first === 'string' ? first : null;
}
