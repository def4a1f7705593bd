/**
 * Today's review data, kept ready in extension storage so the popup can paint its figures
 * without opening the database first (issue #6: the popup paints at once). The background
 * refreshes it after writes (background/today-snapshot.ts), the popup after each fresh read, and
 * the database itself forgets it at every write, in whatever context (storage/snapshot-slot.ts):
 * no page has to remember to.
 *
 * Kept in storage.session, not storage.local: it lives as long as the browser session and the
 * installed version, so a crash between a database write and forgetting the snapshot, or an
 * update that changes how figures are computed, can never carry a wrong one over. The first
 * popup after a browser start reads the database (and leaves a snapshot for the next one).
 *
 * A snapshot is used only when it was made by this format and this release, for today.
 */
import { browser } from 'wxt/browser';
import { dayKeyOf } from '../activity/local-day';
import { readSnapshot, saveSnapshot } from '../storage/snapshot-slot';
import type { ReviewData } from './review-data';

/** Raise when ReviewData changes shape or meaning. */
export const SNAPSHOT_FORMAT = 1;

export interface TodaySnapshot {
  format: number;
  /** The extension's version that made it. */
  release: string;
  data: ReviewData;
}

export function snapshotOf(data: ReviewData, release: string): TodaySnapshot {
  return { format: SNAPSHOT_FORMAT, release, data };
}

/** The stored data, if it is today's and was made by this format and release; else null. */
export function usableSnapshotData(stored: unknown, now: number, release: string): ReviewData | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const snapshot = stored as Partial<TodaySnapshot>;
  if (snapshot.format !== SNAPSHOT_FORMAT || snapshot.release !== release) return null;
  return snapshot.data?.date === dayKeyOf(now) ? snapshot.data : null;
}

export const currentRelease = (): string => browser.runtime.getManifest().version;

/** Today's snapshot, or null when there is none to trust (a storage error counts as none). */
export async function readTodaySnapshot(now: number): Promise<ReviewData | null> {
  try {
    return usableSnapshotData(await readSnapshot(), now, currentRelease());
  } catch {
    return null;
  }
}

/**
 * Saves data whose read began when storage's writesNoticed() was `writesBefore`, unless a write
 * was noticed since: then the data may already be out of date, and the next read saves instead.
 */
export async function saveTodaySnapshot(data: ReviewData, writesBefore: number): Promise<void> {
  await saveSnapshot(snapshotOf(data, currentRelease()), writesBefore);
}
