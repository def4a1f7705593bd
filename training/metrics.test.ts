import { describe, expect, it } from 'vitest';
import { auroc } from './metrics';

describe('metrics', () => {
  it('scores a perfect ranking 1 and a reversed one 0', () => {
    expect(auroc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(auroc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
  });

  it('counts ties as half', () => {
    expect(auroc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
  });

  it('is undefined without both classes', () => {
    expect(auroc([0.1, 0.2], [1, 1])).toBeNaN();
  });
});
