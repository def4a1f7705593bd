/**
 * The tracker's alarms. The checkpoint fires every minute, so a crashed browser loses at most
 * the last minute and a long read with no events is still handed to storage; retention runs
 * once a day. Alarms outlive the service worker and wake it.
 */
import { browser, type Browser } from 'wxt/browser';
import { readRetentionDays } from '../settings/retention-days';
import type { RealignDb } from '../storage/db';
import { writeReliably } from '../storage/reliable-write';
import { pruneRawData } from '../storage/retention';

const CHECKPOINT = 'realign-activity-checkpoint';
const RETENTION = 'realign-retention';

export const isCheckpointAlarm = (alarm: Browser.alarms.Alarm) => alarm.name === CHECKPOINT;
export const isRetentionAlarm = (alarm: Browser.alarms.Alarm) => alarm.name === RETENTION;

/**
 * Creates the alarms only where missing: creating an alarm again restarts its period, and a
 * worker woken every few seconds would then never let the checkpoint fire.
 */
export async function ensureActivityAlarms(): Promise<void> {
  if (!(await browser.alarms.get(CHECKPOINT))) {
    await browser.alarms.create(CHECKPOINT, { periodInMinutes: 1 });
  }
  if (!(await browser.alarms.get(RETENTION))) {
    await browser.alarms.create(RETENTION, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
  }
}

export async function pruneHistory(db: RealignDb): Promise<void> {
  const days = await readRetentionDays();
  await writeReliably(db, 'retention', async () => {
    await pruneRawData(db, Date.now(), days);
  }).catch(() => {
    // Reported; tomorrow's run tries again.
  });
}
