import type { Goals } from '../settings/goals';
import { GOAL_FIELDS } from '../settings/goal-fields';
import { NumberField } from './NumberField';

/**
 * The four goals as number boxes, the same on the welcome and settings pages: any value in range
 * can be typed, and each box checks and saves itself (see NumberField).
 */
export function GoalFields({ goals, save }: { goals: Goals; save(key: keyof Goals, value: number): Promise<unknown> }) {
  return (
    <div class="field-grid">
      {GOAL_FIELDS.map((field) => (
        <NumberField
          key={field.key}
          id={`goal-${field.key}`}
          label={field.label}
          unit={field.unit}
          hint={field.hint}
          value={goals[field.key]}
          min={field.min}
          max={field.max}
          step={field.step}
          save={(value) => save(field.key, value)}
        />
      ))}
    </div>
  );
}
