/**
 * Today's review data, kept ready in extension storage so the popup can paint its figures
 * without opening the database first (issue #6: the popup paints at once). The background
 * refreshes it after it writes (background/today-snapshot.ts), the popup after each fresh read,
 * and every context that writes to the database forgets it at once (keep-snapshot-honest.ts).
 *
 * Kept in storage.session, not storage.local: it lives as long as the browser session and the
 * installed version, so a crash between a database write and forgetting the snapshot, or an
 * update that changes how figures are computed, can never carry a wrong one over. The first
 * popup after a browser start reads the database (and leaves a snapshot for the next one).
 *
 * A snapshot is used only when it was made by this format and this release, for today.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { dayKeyOf } from '../activity/local-day';
import type { ReviewData } from './review-data';

/** Raise when ReviewData changes shape or meaning. */
export const SNAPSHOT_FORMAT = 1;

export interface TodaySnapshot {
  format: number;
  /** The extension's version that made it. */
  release: string;
  data: ReviewData;
}

export const todaySnapshotItem = storage.defineItem<TodaySnapshot | null>('session:todaySnapshot', { fallback: null });

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
    return usableSnapshotData(await todaySnapshotItem.getValue(), now, currentRelease());
  } catch {
    return null;
  }
}
