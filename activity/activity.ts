/** What the person is doing on a site: the three kinds of time Realign counts. */
export const ACTIVITIES = ['consume', 'create', 'neutral'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** For values that crossed a boundary (stored settings, database rows). */
export function isActivity(value: unknown): value is Activity {
  return typeof value === 'string' && (ACTIVITIES as readonly string[]).includes(value);
}
