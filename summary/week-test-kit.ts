/** Builds WeekData for the summary tests from a few figures, the rest zeros. */
import { weekOf } from '../activity/local-day';
import { CATEGORIES, type Category } from '../model/categories';
import { sumTotals, type DayTotals } from '../figures/day-totals';
import type { InformationDiet } from '../figures/information-diet';
import type { WeekData } from './week-data';

const H = 3_600_000;
export const MONDAY = '2026-11-16';

export function dayOf(date: string, hours: { consume?: number; create?: number; neutral?: number; offline?: number } = {}): DayTotals {
  const consumeMs = (hours.consume ?? 0) * H;
  const createMs = (hours.create ?? 0) * H;
  const neutralMs = (hours.neutral ?? 0) * H;
  return {
    date, consumeMs, createMs, neutralMs, screenMs: consumeMs + createMs + neutralMs,
    offlineCreateMs: (hours.offline ?? 0) * H, faceToFace: 0, postsSeen: 0,
    flaggedBy: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
  };
}

export function dietOf(postsSeen: number, flagged: Partial<Record<Category, number>> = {}): InformationDiet {
  const all = Object.fromEntries(CATEGORIES.map((c) => [c, flagged[c] ?? 0])) as Record<Category, number>;
  return {
    postsSeen,
    flagged: all,
    shares: Object.fromEntries(CATEGORIES.map((c) => [c, postsSeen > 0 ? all[c] / postsSeen : 0])) as Record<Category, number>,
    topAccounts: [],
    topReasons: Object.fromEntries(CATEGORIES.map((c) => [c, []])) as unknown as Record<Category, string[]>,
  };
}

export function weekData(overrides: Partial<WeekData> = {}): WeekData {
  const days = weekOf(MONDAY).map((date) => dayOf(date));
  return { monday: MONDAY, days, daysSoFar: null, previous: sumTotals([]), diet: dietOf(0), previousDiet: dietOf(0), sites: [], nudges: [], intentions: null, ...overrides };
}
