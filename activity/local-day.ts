/**
 * Local calendar days, the unit every rollup is kept in. Computed with the Date API in the
 * person's own time zone, never as fixed 24 h steps: a day around a daylight-saving change is
 * 23 or 25 hours long.
 */

/** `YYYY-MM-DD` of the local day containing `at`. */
export function dayKeyOf(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight that starts the day `YYYY-MM-DD`, as a timestamp. */
export function startOfDayKey(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** The day `n` calendar days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // Noon keeps the arithmetic clear of any daylight-saving hour.
  return dayKeyOf(new Date(y, m - 1, d + n, 12).getTime());
}

/** Local midnight after `at`. */
export function nextMidnightAfter(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

export interface DaySlice {
  day: string;
  from: number;
  to: number;
}

/** Cuts [from, to) at every local midnight it crosses. */
export function splitByDay(from: number, to: number): DaySlice[] {
  const slices: DaySlice[] = [];
  let start = from;
  while (start < to) {
    const end = Math.min(to, nextMidnightAfter(start));
    slices.push({ day: dayKeyOf(start), from: start, to: end });
    start = end;
  }
  return slices;
}

/** The seven days of the ISO week (Monday first) containing `day`. */
export function weekOf(day: string): string[] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const sinceMonday = (new Date(y, m - 1, d, 12).getDay() + 6) % 7;
  const monday = addDays(day, -sinceMonday);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function isDayKey(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
