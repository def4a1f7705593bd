/**
 * "Pause labels for 15 minutes" from the popup: until then, posts are still judged and counted,
 * but no badge, blur or hide is shown. Stored as the moment the pause ends.
 */
import { storage } from 'wxt/utils/storage';

export const PAUSE_MS = 15 * 60_000;

export const labelsPausedUntilItem = storage.defineItem<number>('local:labelsPausedUntil', {
  fallback: 0,
  version: 1,
});

export async function readPausedUntil(): Promise<number> {
  const value = await labelsPausedUntilItem.getValue();
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export async function pauseLabels(now: number): Promise<number> {
  const until = now + PAUSE_MS;
  await labelsPausedUntilItem.setValue(until);
  return until;
}

export async function resumeLabels(): Promise<void> {
  await labelsPausedUntilItem.setValue(0);
}
