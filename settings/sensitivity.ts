/**
 * How readily each category is labelled, as the person set it: one dial step per category
 * (sensitivity-steps.ts says what a step does to the model's threshold). Missing or corrupt
 * entries read as "as measured", the model's own threshold.
 */
import { CATEGORIES, type Category } from '../model/categories';
import { defineSetting } from './define-setting';
import { isSensitivityStep, SENSITIVITY_STEPS, type Sensitivity, type SensitivityStep } from '../model/sensitivity-steps';

export * from '../model/sensitivity-steps';

/** Each category's stored step, or "as measured" where it is missing or corrupt. */
export function cleanSensitivity(value: unknown): Sensitivity {
  const stored = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(
    CATEGORIES.map((c) => {
      const step = stored[c];
      return [c, isSensitivityStep(step) ? step : 0];
    }),
  ) as Sensitivity;
}

export const sensitivity = defineSetting<Sensitivity, Partial<Sensitivity>>({
  key: 'sensitivity',
  fallback: {},
  check: cleanSensitivity,
  page: { name: 'settingsNameSensitivity', section: 'labels', shape: 'record' },
});
export const { item: sensitivityItem, read: readSensitivity } = sensitivity;

export async function setSensitivity(category: Category, step: SensitivityStep): Promise<void> {
  if (!isSensitivityStep(step)) throw new RangeError(`Sensitivity must be one of ${SENSITIVITY_STEPS.join(', ')}`);
  await sensitivity.write({ ...(await readSensitivity()), [category]: step });
}
