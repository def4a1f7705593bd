/** Local calendar weeks, Monday first (ISO 8601), computed from dates, never from fixed 7 × 24 h. */

export function startOfWeek(day: Date): Date {
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  const sinceMonday = (start.getDay() + 6) % 7;
  start.setDate(start.getDate() - sinceMonday);
  return start;
}

export function addWeeks(weekStart: Date, weeks: number): Date {
  const next = new Date(weekStart);
  next.setDate(next.getDate() + weeks * 7);
  return next;
}

export function formatWeekRange(weekStart: Date): string {
  const end = addWeeks(weekStart, 1);
  end.setDate(end.getDate() - 1);
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
    weekStart,
    end,
  );
}
