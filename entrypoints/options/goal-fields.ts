/**
 * How the settings page asks for each goal. The ranges repeat settings/goals.ts's limits (which it
 * keeps private); goal-fields.test.ts checks the two agree, so a change to one fails until both move.
 */
import type { Goals } from '../../settings/goals';

export interface GoalField {
  key: keyof Goals;
  label: string;
  unit: string;
  hint: string;
  min: number;
  max: number;
  step: number;
}

export const GOAL_FIELDS: readonly GoalField[] = [
  {
    key: 'screenMinutes',
    label: 'Screen time a day',
    unit: 'minutes',
    hint: 'Past this, the daily review suggests closing the lid. 180 minutes is three hours.',
    min: 15,
    max: 24 * 60,
    step: 5,
  },
  {
    key: 'createPerConsume',
    label: 'Create for every minute consumed',
    unit: 'minutes',
    hint: '1 means as much making as scrolling; 0 turns this goal off.',
    min: 0,
    max: 10,
    step: 0.25,
  },
  {
    key: 'breakMinutes',
    label: 'A break at least every',
    unit: 'minutes',
    hint: 'A break is five minutes away from the browser.',
    min: 15,
    max: 600,
    step: 5,
  },
  {
    key: 'lateNightHour',
    label: 'Late night starts at',
    unit: ':00',
    hint: 'From this hour until 5:00, scrolling counts as late at night.',
    min: 18,
    max: 23,
    step: 1,
  },
];
