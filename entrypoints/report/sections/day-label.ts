import { startOfDayKey } from '../../../activity/local-day';

/** Weekday and day of the month in the order the person's language writes them. */
const weekdayAndDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric' });

/** "Mon 16" (or "16 Mon", "Mo., 16."): short enough for a bar, clear enough for print. */
export function dayLabel(date: string): string {
  return weekdayAndDay.format(new Date(startOfDayKey(date)));
}
