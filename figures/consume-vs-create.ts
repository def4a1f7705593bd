/**
 * Consuming against creating over some days. Offline making entered by hand counts as creating:
 * it is the time the person wants to see grow, whether or not a browser saw it.
 */
import type { DayRollup } from './day-rollup';

export interface ConsumeVsCreate {
  consumeMs: number;
  /** In the browser and offline together. */
  createMs: number;
  offlineCreateMs: number;
  /** create / (consume + create), or null when there is neither. */
  createShare: number | null;
}

export function consumeVsCreateOf(days: readonly DayRollup[]): ConsumeVsCreate {
  let consumeMs = 0;
  let browserCreateMs = 0;
  let offlineCreateMs = 0;
  for (const day of days) {
    consumeMs += day.consumeMs;
    browserCreateMs += day.createMs;
    offlineCreateMs += day.manual.offlineCreateMs;
  }
  const createMs = browserCreateMs + offlineCreateMs;
  const both = consumeMs + createMs;
  return { consumeMs, createMs, offlineCreateMs, createShare: both > 0 ? createMs / both : null };
}
