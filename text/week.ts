/** "16 – 22 November 2026": a Monday-first local week, as the person's locale writes a range. */
import { addDays, startOfDayKey } from '../activity/local-day';

export function formatWeekRange(monday: string): string {
  const format = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  return format.formatRange(new Date(startOfDayKey(monday)), new Date(startOfDayKey(addDays(monday, 6))));
}
