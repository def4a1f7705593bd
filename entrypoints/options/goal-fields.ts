/** How the settings page asks for each goal; the ranges are the ones settings/goals.ts accepts. */
import { message } from '../../components/i18n';
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
    label: message('optionsGoalScreenLabel'),
    unit: message('optionsUnitMinutes'),
    hint: message('optionsGoalScreenHint'),
    min: GOAL_LIMITS.screenMinutes[0],
    max: GOAL_LIMITS.screenMinutes[1],
    step: 5,
  },
  {
    key: 'createPerConsume',
    label: message('optionsGoalCreateLabel'),
    unit: message('optionsUnitMinutes'),
    hint: message('optionsGoalCreateHint'),
    min: GOAL_LIMITS.createPerConsume[0],
    max: GOAL_LIMITS.createPerConsume[1],
    step: 0.25,
  },
  {
    key: 'breakMinutes',
    label: message('optionsGoalBreakLabel'),
    unit: message('optionsUnitMinutes'),
    hint: message('optionsGoalBreakHint'),
    min: GOAL_LIMITS.breakMinutes[0],
    max: GOAL_LIMITS.breakMinutes[1],
    step: 5,
  },
  {
    key: 'lateNightHour',
    label: message('optionsGoalLateLabel'),
    unit: message('optionsUnitOClock'),
    hint: message('optionsGoalLateHint'),
    min: GOAL_LIMITS.lateNightHour[0],
    max: GOAL_LIMITS.lateNightHour[1],
    step: 1,
  },
];
