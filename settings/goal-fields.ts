/** How the welcome and settings pages ask for each goal; the ranges are the ones settings/goals.ts accepts. */
import { message, type MessageKey } from '../text/i18n';
import { GOAL_LIMITS, type Goals } from './goals';

export interface GoalField {
  key: keyof Goals;
  label: string;
  unit: string;
  hint: string;
  min: number;
  max: number;
  step: number;
}

/**
 * What differs per goal; the range comes from GOAL_LIMITS, so the page cannot offer what settings
 * refuse. The words are looked up when read (see messageTable in text/i18n.ts).
 */
const FIELDS: readonly { key: keyof Goals; label: MessageKey; unit: MessageKey; hint: MessageKey; step: number }[] = [
  { key: 'screenMinutes', label: 'optionsGoalScreenLabel', unit: 'optionsUnitMinutes', hint: 'optionsGoalScreenHint', step: 5 },
  { key: 'createPerConsume', label: 'optionsGoalCreateLabel', unit: 'optionsUnitMinutes', hint: 'optionsGoalCreateHint', step: 0.25 },
  { key: 'breakMinutes', label: 'optionsGoalBreakLabel', unit: 'optionsUnitMinutes', hint: 'optionsGoalBreakHint', step: 5 },
  { key: 'lateNightHour', label: 'optionsGoalLateLabel', unit: 'optionsUnitOClock', hint: 'optionsGoalLateHint', step: 1 },
];

export const GOAL_FIELDS: readonly GoalField[] = FIELDS.map(({ key, step, label, unit, hint }) => {
  const [min, max] = GOAL_LIMITS[key];
  return {
    key,
    step,
    min,
    max,
    get label() {
      return message(label);
    },
    get unit() {
      return message(unit);
    },
    get hint() {
      return message(hint);
    },
  };
});
