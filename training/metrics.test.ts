import { describe, expect, it } from 'vitest';
import { auroc, averagePrecision, recallAtFpr } from './metrics';

describe('metrics', () => {
  it('scores a perfect ranking 1 and a reversed one 0', () => {
    expect(auroc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(auroc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(averagePrecision([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
  });

  it('counts ties as half', () => {
    expect(auroc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
  });

  it('is undefined without both classes', () => {
    expect(auroc([0.1, 0.2], [1, 1])).toBeNaN();
  });

  it('measures recall at a false-positive budget', () => {
    const neg = Array.from({ length: 100 }, (_, i) => i / 100); // 0 .. 0.99
    const scores = [...neg, 0.995, 0.5];
    const labels = [...neg.map(() => 0), 1, 1];
    expect(recallAtFpr(scores, labels, 0.01)).toBe(0.5); // only 0.995 beats the 99th negative
    expect(recallAtFpr(scores, labels, 0.6)).toBe(1);
  });
});
