/**
 * What the browser cannot see, entered by the person from the popup: time spent making something
 * offline, and meeting someone face to face. Each entry is kept and counted in its day's rollup.
 */
import { dayKeyOf } from '../activity/local-day';
import { updateDays } from './update-days';
import type { ManualEntryKind, ManualEntryRow } from '../figures/rows';
import type { RealignDb } from './db';

/** A day has 1,440 minutes; more than that in one entry is a typing slip. */
export const MAX_OFFLINE_MINUTES = 24 * 60;

export interface ManualEntry {
  kind: ManualEntryKind;
  minutes: number;
  at: number;
}

export function isValidManualEntry(entry: ManualEntry): boolean {
  if (entry.kind === 'face-to-face') return entry.minutes === 0;
  return Number.isInteger(entry.minutes) && entry.minutes > 0 && entry.minutes <= MAX_OFFLINE_MINUTES;
}

export async function addManualEntry(db: RealignDb, entry: ManualEntry): Promise<number> {
  if (!isValidManualEntry(entry)) throw new Error(`Not a valid entry: ${JSON.stringify(entry)}`);
  const date = dayKeyOf(entry.at);
  return db.transaction('rw', db.manualEntries, db.days, async () => {
    const id = await db.manualEntries.add({ ...entry, date });
    await updateDays(db, [date], (dayOf) => countEntry(dayOf(date).manual, entry, +1));
    return id as number;
  });
}

/** Takes back an entry made by mistake, and its count. */
export async function removeManualEntry(db: RealignDb, id: number): Promise<void> {
  await db.transaction('rw', db.manualEntries, db.days, async () => {
    const entry = await db.manualEntries.get(id);
    if (!entry) return;
    await db.manualEntries.delete(id);
    await updateDays(db, [entry.date], (dayOf) => countEntry(dayOf(entry.date).manual, entry, -1));
  });
}

export async function listManualEntries(db: RealignDb, date: string): Promise<ManualEntryRow[]> {
  return db.manualEntries.where('date').equals(date).sortBy('at');
}

function countEntry(manual: { offlineCreateMs: number; faceToFace: number }, entry: ManualEntry, sign: 1 | -1): void {
  if (entry.kind === 'face-to-face') manual.faceToFace = Math.max(0, manual.faceToFace + sign);
  else manual.offlineCreateMs = Math.max(0, manual.offlineCreateMs + sign * entry.minutes * 60_000);
}
