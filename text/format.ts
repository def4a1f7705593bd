/** Formatting in the person's own locale. */
import { once } from './once';

const relative = once(() => new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }));
const counts = once(() => new Intl.NumberFormat());
const dayHeadings = once(() => new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }));

/** "just now", "5 minutes ago", "yesterday": how long ago `then` was, seen from `now`. */
export function formatAgo(then: number, now: number): string {
  const seconds = Math.round((then - now) / 1000);
  if (Math.abs(seconds) < 45) return relative().format(0, 'second');
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return relative().format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative().format(hours, 'hour');
  return relative().format(Math.round(hours / 24), 'day');
}

export function formatCount(n: number): string {
  return counts().format(n);
}

/** "Monday, 23 November" in the person's locale. */
export function formatDayHeading(date: Date): string {
  return dayHeadings().format(date);
}
