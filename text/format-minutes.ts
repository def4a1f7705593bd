/**
 * "45 min", "1 h 20 min": durations as the person reads them, rounded to the minute, in the words
 * of public/_locales (duration… keys). A few seconds read "< 1 min", not "0 min": something was
 * counted, and zero would say nothing was.
 */
import { formatCount } from './format';
import { message } from './i18n';

export function formatMinutes(ms: number): string {
  if (ms > 0 && ms < 30_000) return message('durationUnderAMinute');
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return message('durationMinutes', [formatCount(minutes)]);
  const hours = formatCount(Math.floor(minutes / 60));
  const rest = minutes % 60;
  return rest === 0 ? message('durationHours', [hours]) : message('durationHoursMinutes', [hours, formatCount(rest)]);
}
