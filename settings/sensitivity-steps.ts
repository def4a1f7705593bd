/**
 * The sensitivity dial's arithmetic, apart from storage so that Node tools and tests can use it:
 * five steps per category, from "fewest labels" to "most labels". The middle step is the model's own
 * threshold (DEFAULT_THRESHOLDS, chosen on held-back data for at most 5% false positives per head);
 * each step moves it by 0.75 in log-odds, about halving or doubling the odds a post needs. Log-odds,
 * because the scores are calibrated probabilities: a fixed shift there means the same thing at 0.3
 * as at 0.9, where a fixed shift in probability would hit 0 or 1 after a step or two. The result is
 * clamped to [0.05, 0.99]: never a label on almost everything, never a threshold no score can reach.
 *
 *   step:       −2      −1      0         +1      +2
 *   0.50 ─▶   0.82    0.68    0.50      0.32    0.18
 */
import { CATEGORIES, type Category } from '../model/categories';

export const SENSITIVITY_STEPS = [-2, -1, 0, 1, 2] as const;
export type SensitivityStep = (typeof SENSITIVITY_STEPS)[number];
export type Sensitivity = Record<Category, SensitivityStep>;

export const LOG_ODDS_PER_STEP = 0.75;
export const MIN_THRESHOLD = 0.05;
export const MAX_THRESHOLD = 0.99;

export const DEFAULT_SENSITIVITY: Sensitivity = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Sensitivity;

export function isSensitivityStep(value: unknown): value is SensitivityStep {
  return (SENSITIVITY_STEPS as readonly unknown[]).includes(value);
}

const clamp = (p: number) => Math.min(MAX_THRESHOLD, Math.max(MIN_THRESHOLD, p));

/** The threshold a head flags at, one dial step at a time: more labels, lower threshold. */
export function shiftThreshold(base: number, step: SensitivityStep): number {
  // The middle step is the model's threshold exactly, not a round trip through log-odds.
  if (step === 0) return clamp(base);
  const p = Math.min(Math.max(base, 1e-6), 1 - 1e-6);
  const logOdds = Math.log(p / (1 - p)) - step * LOG_ODDS_PER_STEP;
  return clamp(1 / (1 + Math.exp(-logOdds)));
}

/** Thresholds for `judge(text, { thresholds })`, from the model's own and the person's dial. */
export function thresholdsFor(sensitivity: Sensitivity, base: Readonly<Record<Category, number>>): Record<Category, number> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, shiftThreshold(base[c], sensitivity[c])])) as Record<Category, number>;
}
