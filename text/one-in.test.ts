import { describe, expect, it } from 'vitest';
import { oneInCount } from './one-in';

describe('a share said as "1 in N"', () => {
  it('rounds to two significant figures', () => {
    expect(oneInCount(0.003)).toBe(330);
    expect(oneInCount(0.0005)).toBe(2000);
    expect(oneInCount(0.25)).toBe(4);
    expect(oneInCount(0.00012345)).toBe(8100);
  });

  it('says nothing is labelled as infinity, not as a division by zero', () => {
    expect(oneInCount(0)).toBe(Infinity);
    expect(oneInCount(Number.NaN)).toBe(Infinity);
  });
});
