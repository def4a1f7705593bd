import { describe, expect, it } from 'vitest';
import { chooseGroupedThreshold, chooseThreshold, fitPlatt, MAX_SOURCE_FPR, TARGET_FPR } from './calibrate';

describe('calibration', () => {
  it('recovers a known logistic relation', () => {
    const z: number[] = [], y: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const x = (i % 200) / 20 - 5;
      const p = 1 / (1 + Math.exp(-(2 * x - 1)));
      z.push(x);
      y.push(((i * 7919) % 1000) / 1000 < p ? 1 : 0);
    }
    const [a, b] = fitPlatt(z, y, z.map(() => 1));
    expect(a).toBeGreaterThan(1.6);
    expect(a).toBeLessThan(2.4);
    expect(b).toBeGreaterThan(-1.4);
    expect(b).toBeLessThan(-0.6);
  });

  it('stays finite on perfectly separable data', () => {
    const [a, b] = fitPlatt([-3, -2, -1, 1, 2, 3], [0, 0, 0, 1, 1, 1], [1, 1, 1, 1, 1, 1]);
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
  });

  it('picks a threshold that flags at most 5% of negatives', () => {
    const p = Array.from({ length: 1000 }, (_, i) => i / 1000);
    const y = p.map(() => 0);
    const t = chooseThreshold(p, y, p.map(() => 1));
    const flagged = p.filter((s) => s >= t).length / p.length;
    expect(flagged).toBeLessThanOrEqual(TARGET_FPR);
    expect(flagged).toBeGreaterThan(0.04);
  });
});

describe('grouped threshold', () => {
  it('keeps every sizeable source of negatives at or under 10% false positives', () => {
    const easy = Array.from({ length: 1000 }, (_, i) => i / 5000); // 0 .. 0.2
    const hard = Array.from({ length: 40 }, (_, i) => 0.5 + i / 100); // 0.5 .. 0.89
    const p = [...easy, ...hard];
    const t = chooseGroupedThreshold(p, p.map(() => 0), p.map(() => 1), [...easy.map(() => 'easy'), ...hard.map(() => 'hard')]);
    expect(hard.filter((s) => s >= t).length / hard.length).toBeLessThanOrEqual(MAX_SOURCE_FPR);
    expect(easy.filter((s) => s >= t).length).toBe(0);
  });
});
