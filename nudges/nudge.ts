/** What a nudge is, and everything the rules may look at. Plain data: no storage, no browser. */
import type { Category } from '../model/categories';
import type { Goals } from '../settings/goals';

export const NUDGE_RULES = [
  'manipulation-run',
  'take-a-break',
  'site-limit',
  'consume-create',
  'late-night',
  'screen-time',
] as const;
export type NudgeRule = (typeof NUDGE_RULES)[number];

export interface Nudge {
  rule: NudgeRule;
  /** The suggestion, in the person's terms. */
  text: string;
  /** Why it appeared: the figure and the goal behind it. */
  reason: string;
}

export interface NudgeContext {
  now: number;
  goals: Goals;
  consumeMs: number;
  /** Created in the browser plus made offline, today. */
  createMs: number;
  screenMs: number;
  /** Labels of the last posts seen, newest first (at most 10). */
  recentLabels: Category[][];
  /** Time at the screen up to now without a break of five minutes or more. */
  unbrokenMs: number;
  /** Today's time per site (host → ms), and the daily limits the person set (host → minutes). */
  siteMs: Record<string, number>;
  siteLimits: Record<string, number>;
}

export function isNudgeRule(value: unknown): value is NudgeRule {
  return typeof value === 'string' && (NUDGE_RULES as readonly string[]).includes(value);
}
