/**
 * "Pause labels for 15 minutes" from the popup: until then, posts are still judged and counted,
 * but no badge, blur or hide is shown. Stored as the moment the pause ends.
 */
import { defineSetting } from './define-setting';

export const PAUSE_MS = 15 * 60_000;

export const labelsPausedUntil = defineSetting({
  key: 'labelsPausedUntil',
  fallback: 0,
  check: (value) => (typeof value === 'number' && Number.isFinite(value) ? value : 0),
});
export const { item: labelsPausedUntilItem, read: readPausedUntil } = labelsPausedUntil;

export async function pauseLabels(now: number): Promise<number> {
  const until = now + PAUSE_MS;
  await labelsPausedUntil.write(until);
  return until;
}

export async function resumeLabels(): Promise<void> {
  await labelsPausedUntil.write(0);
}
