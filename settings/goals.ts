/** The person's goals as stored (their shape, defaults and limits: nudges/goals.ts). */
import { cleanGoals, GOAL_LIMITS, type Goals } from '../nudges/goals';
import { defineSetting } from './define-setting';

export { cleanGoals, DEFAULT_GOALS, GOAL_LIMITS, type Goals } from '../nudges/goals';

export const goals = defineSetting<Goals, Partial<Goals>>({
  key: 'goals',
  fallback: {},
  check: cleanGoals,
  page: { name: 'settingsNameGoals', section: 'goals', shape: 'record' },
});
export const { item: goalsItem, read: readGoals } = goals;

export async function setGoal<K extends keyof Goals>(key: K, value: Goals[K]): Promise<Goals> {
  const next = cleanGoals({ ...(await readGoals()), [key]: value });
  if (next[key] !== value) throw new RangeError(`${key} must be between ${GOAL_LIMITS[key][0]} and ${GOAL_LIMITS[key][1]}`);
  await goals.write(next);
  return next;
}
