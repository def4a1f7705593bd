/**
 * The person's own goals, which the nudges measure against. Defaults are gentle: three hours of
 * browser time, creating at least as much as consuming, a break every 90 minutes, and a
 * late-night hour of 23:00. Pure: settings/goals.ts stores them.
 */
export interface Goals {
  /** Browser time a day, in minutes, before the screen-time nudge may appear. */
  screenMinutes: number;
  /** Create at least this much for every minute consumed (1 = as much as you consume). */
  createPerConsume: number;
  /** Minutes at the screen without a five-minute break before suggesting one. */
  breakMinutes: number;
  /** Local hour (0–23) from which scrolling counts as late at night, until 5:00. */
  lateNightHour: number;
}

export const DEFAULT_GOALS: Goals = { screenMinutes: 180, createPerConsume: 1, breakMinutes: 90, lateNightHour: 23 };

/** The range each goal accepts, [min, max]; the settings page offers exactly these. */
export const GOAL_LIMITS: Record<keyof Goals, [number, number]> = {
  screenMinutes: [15, 24 * 60],
  createPerConsume: [0, 10],
  breakMinutes: [15, 600],
  lateNightHour: [18, 23],
};

/** Each goal as stored when it is a number in range, else its default. */
export function cleanGoals(value: unknown): Goals {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const goals = { ...DEFAULT_GOALS };
  for (const key of Object.keys(GOAL_LIMITS) as (keyof Goals)[]) {
    const [min, max] = GOAL_LIMITS[key];
    const candidate = stored[key];
    if (typeof candidate === 'number' && Number.isFinite(candidate) && candidate >= min && candidate <= max) {
      goals[key] = candidate;
    }
  }
  return goals;
}
