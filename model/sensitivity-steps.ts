/**
 * The sensitivity dial's arithmetic, apart from storage so that Node tools and tests can use it:
 * five steps per category, from "fewest labels" to "most labels". A score is 1 − the share of
 * ordinary human posts that score as high (model/score.ts), so a threshold is a share of ordinary
 * posts that get the label: the middle step is the model's own (DEFAULT_THRESHOLDS, set on sources
 * the weights never saw), and each step halves or doubles that share. The share stays within
 * [1 in 10,000, 1 in 20]: never a label on almost everything, never a threshold nothing reaches.
 *
 *   step:            −2        −1        0         +1        +2
 *   1 in 300 ─▶  1 in 1,200  1 in 600  1 in 300  1 in 150  1 in 75
 */
import { CATEGORIES, type Category } from './categories';

export const SENSITIVITY_STEPS = [-2, -1, 0, 1, 2] as const;
export type SensitivityStep = (typeof SENSITIVITY_STEPS)[number];
export type Sensitivity = Record<Category, SensitivityStep>;

export const SHARE_FACTOR_PER_STEP = 2;
export const MIN_SHARE = 0.0001;
export const MAX_SHARE = 0.05;

export const DEFAULT_SENSITIVITY: Sensitivity = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Sensitivity;

export function isSensitivityStep(value: unknown): value is SensitivityStep {
  return (SENSITIVITY_STEPS as readonly unknown[]).includes(value);
}

/** The share of ordinary posts a threshold labels. */
export function shareLabelled(threshold: number): number {
  return Math.min(1, Math.max(0, 1 - threshold));
}

/** The threshold a head labels at, one dial step at a time: more labels, lower threshold. */
export function shiftThreshold(base: number, step: SensitivityStep): number {
  const share = shareLabelled(base) * SHARE_FACTOR_PER_STEP ** step;
  return 1 - Math.min(MAX_SHARE, Math.max(MIN_SHARE, share));
}

/** Thresholds for `judge(text, { thresholds })`, from the model's own and the person's dial. */
export function thresholdsFor(sensitivity: Sensitivity, base: Readonly<Record<Category, number>>): Record<Category, number> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, shiftThreshold(base[c], sensitivity[c])])) as Record<Category, number>;
}
