/** The week's figures and how they compare with the week before: plain data in, plain data out. */
import type { IntentionTotals } from '../intention/intention';
import { CATEGORIES, type Category } from '../model/categories';
import type { DayTotals } from '../figures/day-totals';
import type { FlaggedAccount } from '../figures/information-diet';
import type { SiteTime } from '../figures/top-sites';
import { tallyNudges, type NudgeTally } from './nudge-tally';
import type { WeekData } from './week-data';

export interface DietRow {
  category: Category;
  flagged: number;
  /** Of the posts seen this week, 0…1. */
  share: number;
  /** The same share the week before; null when nothing was seen then. */
  previousShare: number | null;
  /** The reasons that came with this category's labels most often this week. */
  reasons: string[];
}

export interface WeekFigures {
  monday: string;
  days: DayTotals[];
  screenMs: number;
  consumeMs: number;
  /** Created in the browser and offline together, as the popup counts it. */
  createMs: number;
  offlineCreateMs: number;
  faceToFace: number;
  /** The week is in progress: the "before" figures are the same days of the week before, not all of it. */
  soFar: boolean;
  previousScreenMs: number;
  previousConsumeMs: number;
  previousCreateMs: number;
  postsSeen: number;
  previousPostsSeen: number;
  /** Every category, most flagged first. */
  diet: DietRow[];
  sites: SiteTime[];
  accounts: FlaggedAccount[];
  nudges: NudgeTally;
  /** The intention check's answers against their stretches' time; null in a week without answers. */
  intentions: IntentionTotals | null;
  /** Nothing at all was recorded: the page says so instead of drawing empty charts. */
  isEmpty: boolean;
}

export function computeWeek(data: WeekData): WeekFigures {
  const sum = (pick: (day: DayTotals) => number) => data.days.reduce((total, day) => total + pick(day), 0);
  const offlineCreateMs = sum((day) => day.offlineCreateMs);
  const screenMs = sum((day) => day.screenMs);
  const postsSeen = data.diet.postsSeen;
  const previousPostsSeen = data.previousDiet.postsSeen;
  const diet = CATEGORIES.map((category) => ({
    category,
    flagged: data.diet.flagged[category],
    share: data.diet.shares[category],
    previousShare: previousPostsSeen > 0 ? data.previousDiet.shares[category] : null,
    reasons: data.diet.topReasons?.[category] ?? [],
  })).sort((a, b) => b.flagged - a.flagged || (b.previousShare ?? 0) - (a.previousShare ?? 0));
  const nudges = tallyNudges(data.nudges);
  const faceToFace = sum((day) => day.faceToFace);
  return {
    monday: data.monday,
    days: data.days,
    screenMs,
    consumeMs: sum((day) => day.consumeMs),
    createMs: sum((day) => day.createMs) + offlineCreateMs,
    offlineCreateMs,
    faceToFace,
    soFar: data.daysSoFar !== null,
    previousScreenMs: data.previous.screenMs,
    previousConsumeMs: data.previous.consumeMs,
    previousCreateMs: data.previous.createMs + data.previous.offlineCreateMs,
    postsSeen,
    previousPostsSeen,
    diet,
    sites: data.sites,
    accounts: data.diet.topAccounts,
    nudges,
    intentions: data.intentions,
    isEmpty: screenMs === 0 && postsSeen === 0 && offlineCreateMs === 0 && faceToFace === 0 && nudges.rules.length === 0,
  };
}
