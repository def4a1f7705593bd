/**
 * The background's part in keeping today's snapshot (review/today-snapshot.ts): after the
 * database changes it reads the review data again and saves it; at local midnight it saves the
 * new day's; on a worker start without a usable snapshot, it makes one.
 *
 *   write, here or elsewhere ─▶ snapshot forgotten by the database ─▶ REFRESH_DELAY_MS quiet ─▶ read, save
 *   snapshot forgotten by any context ─▶ the same
 *   midnight alarm, worker start without today's ─▶ read, save
 *   each read ─▶ onRead (goal alerts, background/goal-alerts.ts)
 */
import { browser, type Browser } from 'wxt/browser';
import { nextMidnightAfter } from '../activity/local-day';
import { readReviewData, type ReviewData } from '../review/review-data';
import { readTodaySnapshot, saveTodaySnapshot } from '../review/today-snapshot';
import type { RealignDb } from '../storage/db';
import { onSnapshotForgotten, onWriteNoticed, writesNoticed } from '../storage/snapshot-slot';

export const SNAPSHOT_ALARM = 'today-snapshot';
/**
 * Writes come in bursts (a flush writes segments and rollups, then posts seen follow): one read
 * after they settle. A popup opened in between reads the database, so this only decides how
 * often the next popup finds a snapshot, never what it shows.
 */
export const REFRESH_DELAY_MS = 500;

/**
 * Registered synchronously at worker start, like every listener. `onRead` hears each fresh read
 * of the day's figures (the goal alerts).
 */
export function keepTodaySnapshot(db: RealignDb, onRead: (data: ReviewData, now: number) => Promise<void> = async () => {}): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, REFRESH_DELAY_MS);
  };
  onWriteNoticed(refreshSoon);
  // The database forgets the snapshot before a write runs; a page that closes at once may never
  // tell of its write, so a snapshot forgotten anywhere is made again.
  onSnapshotForgotten(refreshSoon);
  async function refresh(): Promise<void> {
    try {
      const writesBefore = writesNoticed();
      const data = await readReviewData(db, Date.now());
      await saveTodaySnapshot(data, writesBefore);
      await browser.alarms.create(SNAPSHOT_ALARM, { when: nextMidnightAfter(Date.now()) });
      await onRead(data, Date.now()).catch((error: unknown) => console.warn('Realign: goal alerts:', error));
    } catch (error: unknown) {
      console.warn('Realign: could not keep the day’s snapshot:', error);
    }
  }
  browser.alarms.onAlarm.addListener((alarm: Browser.alarms.Alarm) => {
    if (alarm.name === SNAPSHOT_ALARM) void refresh();
  });
  void readTodaySnapshot(Date.now()).then((usable) => {
    if (!usable) return refresh();
  });
}
