/**
 * Quiet hours for the pause card: no card between two local times the person sets. The span may
 * cross midnight (22:00 to 07:00); `from` is inside, `to` is not, so 22:00–07:00 is quiet at
 * 22:00 and at 06:59, and a card may come at 07:00.
 */

/** Minutes after local midnight, 0–1439. */
export interface QuietHours {
  fromMinute: number;
  toMinute: number;
}

export const MINUTES_PER_DAY = 24 * 60;

/** A pair that says something: two whole minutes of the day, and not the same one (empty or all day: ambiguous). */
export function isSoundQuietHours(value: unknown): value is QuietHours {
  if (typeof value !== 'object' || value === null) return false;
  const { fromMinute, toMinute } = value as Record<string, unknown>;
  const isMinute = (m: unknown) => Number.isInteger(m) && (m as number) >= 0 && (m as number) < MINUTES_PER_DAY;
  return isMinute(fromMinute) && isMinute(toMinute) && fromMinute !== toMinute;
}

export function isQuietAt(quiet: QuietHours | null, minuteOfDay: number): boolean {
  if (!quiet) return false;
  const { fromMinute, toMinute } = quiet;
  return fromMinute < toMinute
    ? minuteOfDay >= fromMinute && minuteOfDay < toMinute
    : minuteOfDay >= fromMinute || minuteOfDay < toMinute;
}

/** The local minute of the day at `now`, as the person's clock shows it. */
export function minuteOfDayAt(now: number): number {
  const date = new Date(now);
  return date.getHours() * 60 + date.getMinutes();
}

/** "HH:MM" as an `<input type="time">` gives and takes it. */
export function minuteToTime(minute: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

export function timeToMinute(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}
