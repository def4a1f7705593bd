import { startOfDayKey } from '../../../activity/local-day';

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });

/** "Mon 16": short enough for a bar, clear enough for print. */
export function dayLabel(date: string): string {
  return `${weekday.format(new Date(startOfDayKey(date)))} ${Number(date.slice(8))}`;
}
