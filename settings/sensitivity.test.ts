import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES } from '../model/categories';
import { DEFAULT_THRESHOLDS } from '../model';
import {
  cleanSensitivity,
  DEFAULT_SENSITIVITY,
  readSensitivity,
  SENSITIVITY_STEPS,
  setSensitivity,
  shiftThreshold,
  thresholdsFor,
  type SensitivityStep,
} from './sensitivity';

describe('the sensitivity dial', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts at the model\'s own thresholds for every category', async () => {
    expect(await readSensitivity()).toEqual(DEFAULT_SENSITIVITY);
    expect(thresholdsFor(DEFAULT_SENSITIVITY, DEFAULT_THRESHOLDS)).toEqual(
      Object.fromEntries(CATEGORIES.map((c) => [c, Math.min(0.99, Math.max(0.05, DEFAULT_THRESHOLDS[c]))])),
    );
  });

  it('stores one category\'s step and keeps the others', async () => {
    await setSensitivity('outrage', 2);
    await setSensitivity('ai', -1);
    expect(await readSensitivity()).toEqual({ ...DEFAULT_SENSITIVITY, outrage: 2, ai: -1 });
    await expect(setSensitivity('fear', 3 as SensitivityStep)).rejects.toThrow(RangeError);
  });

  it('reads a corrupt value as "as measured", per category', async () => {
    expect(cleanSensitivity({ outrage: 7, fear: '1', scam: -2, nonsense: 1 })).toEqual({ ...DEFAULT_SENSITIVITY, scam: -2 });
    expect(cleanSensitivity([1, 2])).toEqual(DEFAULT_SENSITIVITY);
    await fakeBrowser.storage.local.set({ sensitivity: 'loud' });
    expect(await readSensitivity()).toEqual(DEFAULT_SENSITIVITY);
  });

  it('moves every threshold monotonically: more labels never means a higher threshold', () => {
    for (const base of [0.05, 0.2455, 0.5, 0.7979, 0.9846, 0.99]) {
      const shifted = SENSITIVITY_STEPS.map((step) => shiftThreshold(base, step));
      for (let i = 1; i < shifted.length; i++) expect(shifted[i]!).toBeLessThanOrEqual(shifted[i - 1]!);
    }
    // A real move, not a rounding: one step halves or doubles the odds (0.75 in log-odds).
    expect(shiftThreshold(0.5, 1)).toBeCloseTo(0.321, 3);
    expect(shiftThreshold(0.5, -1)).toBeCloseTo(0.679, 3);
    expect(shiftThreshold(0.5, 0)).toBe(0.5);
  });

  it('keeps every threshold inside [0.05, 0.99]', () => {
    for (const step of SENSITIVITY_STEPS) {
      for (const base of [0, 0.01, 0.06, 0.98, 0.999, 1]) {
        const t = shiftThreshold(base, step);
        expect(t).toBeGreaterThanOrEqual(0.05);
        expect(t).toBeLessThanOrEqual(0.99);
      }
    }
  });
});
