import { message } from '../text/i18n';

/** A time axis that reads at a glance: ticks on whole, round durations (15 min … 12 h). */

const H = 3_600_000;
const STEPS = [0.25, 0.5, 1, 2, 3, 4, 6, 8, 12].map((hours) => hours * H);

export interface TimeScale {
  /** Top of the axis, a whole number of steps at or above the largest value. */
  maxMs: number;
  /** Tick values from 0 up to maxMs. */
  ticks: number[];
}

/** At most `maxTicks` steps above zero; an empty chart still gets a one-hour axis. */
export function scaleHours(largestMs: number, maxTicks = 4): TimeScale {
  const largest = Math.max(largestMs, 0);
  if (largest === 0) return { maxMs: H, ticks: [0, H / 2, H] };
  const step = STEPS.find((s) => Math.ceil(largest / s) <= maxTicks) ?? Math.ceil(largest / maxTicks / (24 * H)) * 24 * H;
  const count = Math.max(1, Math.ceil(largest / step));
  return { maxMs: count * step, ticks: Array.from({ length: count + 1 }, (_, i) => i * step) };
}

const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "0", "30 min", "2 h", "1.5 h": short tick labels, in the person's language. */
export function formatTick(ms: number): string {
  if (ms === 0) return oneDecimal.format(0);
  if (ms < H) return message('durationMinutes', [oneDecimal.format(Math.round(ms / 60_000))]);
  return message('durationHours', [oneDecimal.format(ms / H)]);
}
