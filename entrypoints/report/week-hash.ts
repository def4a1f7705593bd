/**
 * The week shown lives in the address (`report.html#2026-11-16`), so a week can be linked,
 * reloaded and opened directly by tests. Anything else in the hash means this week.
 */
import { dayKeyOf, isDayKey, weekOf } from '../../activity/local-day';

export function mondayOf(date: string): string {
  return weekOf(date)[0]!;
}

export function readWeekFromHash(hash: string, now = Date.now()): string {
  const value = hash.replace(/^#/, '');
  return mondayOf(isDayKey(value) && !Number.isNaN(Date.parse(value)) ? value : dayKeyOf(now));
}
