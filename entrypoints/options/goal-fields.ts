/** How the settings page asks for each goal; the ranges are the ones settings/goals.ts accepts. */
import { GOAL_LIMITS, type Goals } from '../../settings/goals';

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
    min: GOAL_LIMITS.screenMinutes[0],
    max: GOAL_LIMITS.screenMinutes[1],
    step: 5,
  },
  {
    key: 'createPerConsume',
    label: 'Create for every minute consumed',
    unit: 'minutes',
    hint: '1 means as much making as scrolling; 0 turns this goal off.',
    min: GOAL_LIMITS.createPerConsume[0],
    max: GOAL_LIMITS.createPerConsume[1],
    step: 0.25,
  },
  {
    key: 'breakMinutes',
    label: 'A break at least every',
    unit: 'minutes',
    hint: 'A break is five minutes away from the browser.',
    min: GOAL_LIMITS.breakMinutes[0],
    max: GOAL_LIMITS.breakMinutes[1],
    step: 5,
  },
  {
    key: 'lateNightHour',
    label: 'Late night starts at',
    unit: ':00',
    hint: 'From this hour until 5:00, scrolling counts as late at night.',
    min: GOAL_LIMITS.lateNightHour[0],
    max: GOAL_LIMITS.lateNightHour[1],
    step: 1,
  },
];
