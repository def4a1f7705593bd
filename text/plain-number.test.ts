import { describe, expect, it } from 'vitest';
import { parsePlainNumber } from './plain-number';

describe('a number typed into a settings box', () => {
  it('takes plain whole and decimal numbers', () => {
    expect(parsePlainNumber('180')).toBe(180);
    expect(parsePlainNumber(' 45 ')).toBe(45);
    expect(parsePlainNumber('1.5')).toBe(1.5);
  });

  it('refuses what Number() would quietly turn into something else', () => {
    for (const text of ['1e3', '0x10', '', ' ', '-5', '+5', '1_000', 'Infinity', '1.', '.5', '12 min']) {
      expect(parsePlainNumber(text), text).toBeNaN();
    }
  });
});
