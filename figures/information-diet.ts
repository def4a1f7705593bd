/**
 * The information diet over some days: of the posts the person saw, the share in each category,
 * and the accounts behind the flagged ones.
 */
import { CATEGORIES, type Category } from '../model/categories';
import { splitAuthorKey, type DayRollup } from './day-rollup';

export interface FlaggedAccount {
  site: string;
  author: string;
  flaggedPosts: number;
}

export interface InformationDiet {
  postsSeen: number;
  flagged: Record<Category, number>;
  /** flagged / seen per category, 0 when nothing was seen. A post can be in several. */
  shares: Record<Category, number>;
  topAccounts: FlaggedAccount[];
  /** Per category, the reasons that came with its labels most often, most first. */
  topReasons: Record<Category, string[]>;
}

/** A view that shows several figures reads the rollups once and passes them to each. */
export function informationDietOf(days: readonly DayRollup[], accountLimit = 5): InformationDiet {
  let postsSeen = 0;
  const flagged = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const accounts = new Map<string, number>();
  const reasons = Object.fromEntries(CATEGORIES.map((c) => [c, new Map<string, number>()])) as Record<Category, Map<string, number>>;
  for (const day of days) {
    for (const c of CATEGORIES) {
      for (const [text, n] of Object.entries(day.reasons?.[c] ?? {})) reasons[c].set(text, (reasons[c].get(text) ?? 0) + n);
    }
    postsSeen += day.posts.seen;
    for (const c of CATEGORIES) flagged[c] += day.posts.flagged[c] ?? 0;
    for (const [key, n] of Object.entries(day.flaggedAuthors)) accounts.set(key, (accounts.get(key) ?? 0) + n);
  }
  const shares = Object.fromEntries(CATEGORIES.map((c) => [c, postsSeen > 0 ? flagged[c] / postsSeen : 0])) as Record<Category, number>;
  const topAccounts = [...accounts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, accountLimit)
    .map(([key, flaggedPosts]) => ({ ...splitAuthorKey(key), flaggedPosts }));
  const topReasons = Object.fromEntries(
    CATEGORIES.map((c) => [c, [...reasons[c].entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([text]) => text)]),
  ) as Record<Category, string[]>;
  return { postsSeen, flagged, shares, topAccounts, topReasons };
}
