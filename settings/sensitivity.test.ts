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
  shareLabelled,
  shiftThreshold,
  thresholdsFor,
  type SensitivityStep,
} from './sensitivity';

describe('the sensitivity dial', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts at the model\'s own thresholds for every category', async () => {
    expect(await readSensitivity()).toEqual(DEFAULT_SENSITIVITY);
    const thresholds = thresholdsFor(DEFAULT_SENSITIVITY, DEFAULT_THRESHOLDS);
    for (const c of CATEGORIES) expect(thresholds[c]).toBeCloseTo(DEFAULT_THRESHOLDS[c], 9);
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
    for (const base of [0.5, 0.9, 0.99, 0.997, 0.9995, 0.99999]) {
      const shifted = SENSITIVITY_STEPS.map((step) => shiftThreshold(base, step));
      for (let i = 1; i < shifted.length; i++) expect(shifted[i]!).toBeLessThanOrEqual(shifted[i - 1]!);
    }
    // A real move, not a rounding: one step halves or doubles the share of ordinary posts labelled.
    expect(shareLabelled(shiftThreshold(0.997, 1))).toBeCloseTo(0.006, 6);
    expect(shareLabelled(shiftThreshold(0.997, -1))).toBeCloseTo(0.0015, 6);
    expect(shiftThreshold(0.997, 0)).toBeCloseTo(0.997, 9);
  });

  it('keeps every threshold between 1 in 10,000 and 1 in 20 ordinary posts', () => {
    for (const step of SENSITIVITY_STEPS) {
      for (const base of [0, 0.01, 0.5, 0.98, 0.999, 1]) {
        const share = shareLabelled(shiftThreshold(base, step));
        expect(share).toBeGreaterThanOrEqual(0.0001 - 1e-12);
        expect(share).toBeLessThanOrEqual(0.05 + 1e-12);
      }
    }
  });
});
