/**
 * How long raw history (time segments, posts seen and their snippets) is kept. Daily rollups are
 * kept forever. 180 days by default (the figure): long enough for half-year trends in
 * detail, short enough that old text does not pile up.
 */
import { defineSetting } from './define-setting';

export const DEFAULT_RETENTION_DAYS = 180;
/** A week is the shortest that still backs the weekly summary with raw data. */
export const MIN_RETENTION_DAYS = 7;
export const MAX_RETENTION_DAYS = 3_650;

export function cleanRetentionDays(value: unknown): number {
  return Number.isInteger(value) && (value as number) >= MIN_RETENTION_DAYS && (value as number) <= MAX_RETENTION_DAYS
    ? (value as number)
    : DEFAULT_RETENTION_DAYS;
}

export const retentionDays = defineSetting({
  key: 'retentionDays',
  fallback: DEFAULT_RETENTION_DAYS,
  check: cleanRetentionDays,
  page: { name: 'settingsNameRetention', section: 'time', shape: 'value' },
});
export const { read: readRetentionDays } = retentionDays;

export async function setRetentionDays(days: number): Promise<void> {
  await retentionDays.write(cleanRetentionDays(Math.round(days)));
}
