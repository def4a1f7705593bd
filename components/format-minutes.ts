/**
 * "45 min", "1 h 20 min": durations as the person reads them, rounded to the minute. A few seconds
 * read "< 1 min", not "0 min": something was counted, and zero would say nothing was.
 */
export function formatMinutes(ms: number): string {
  if (ms > 0 && ms < 30_000) return '< 1 min';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
