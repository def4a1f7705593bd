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

/** What differs per goal; the range comes from GOAL_LIMITS, so the page cannot offer what settings refuse. */
const FIELDS: readonly Omit<GoalField, 'min' | 'max'>[] = [
  { key: 'screenMinutes', label: message('optionsGoalScreenLabel'), unit: message('optionsUnitMinutes'), hint: message('optionsGoalScreenHint'), step: 5 },
  { key: 'createPerConsume', label: message('optionsGoalCreateLabel'), unit: message('optionsUnitMinutes'), hint: message('optionsGoalCreateHint'), step: 0.25 },
  { key: 'breakMinutes', label: message('optionsGoalBreakLabel'), unit: message('optionsUnitMinutes'), hint: message('optionsGoalBreakHint'), step: 5 },
  { key: 'lateNightHour', label: message('optionsGoalLateLabel'), unit: message('optionsUnitOClock'), hint: message('optionsGoalLateHint'), step: 1 },
];

export const GOAL_FIELDS: readonly GoalField[] = FIELDS.map((field) => {
  const [min, max] = GOAL_LIMITS[field.key];
  return { ...field, min, max };
});
