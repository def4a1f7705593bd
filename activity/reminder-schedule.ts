/**
 * When the weekly reminder fires next: the first moment after `now` that is the chosen weekday at
 * the chosen local hour and minute. Days are stepped as calendar dates (new Date(y, m, d + n, h, min)),
 * never as 24-hour blocks, so a week that crosses a daylight-saving change still lands on 18:00 local.
 * A time that does not exist that day (the spring-forward gap) is read the way Date reads it: moved
 * forward by the gap (02:30 → 03:30); a time that happens twice (autumn) is the first of the two.
 */
export interface WeeklyTime {
  /** 0 = Sunday … 6 = Saturday, as Date#getDay. */
  weekday: number;
  hour: number;
  minute: number;
}

export function nextWeeklyTime(now: number, { weekday, hour, minute }: WeeklyTime): number {
  const today = new Date(now);
  // Eight days: today (if the time is still ahead) through the same weekday next week.
  for (let add = 0; add <= 7; add++) {
    const candidate = new Date(today.getFullYear(), today.getMonth(), today.getDate() + add, hour, minute, 0, 0);
    if (candidate.getDay() === weekday && candidate.getTime() > now) return candidate.getTime();
  }
  // Unreachable for a weekday 0–6; a week from now keeps a corrupt value from looping.
  return now + 7 * 86_400_000;
}
