import { statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './categories';
import { GRAM_BITS } from './grams';
import { WEIGHTS } from './weights.generated';

describe('shipped weights', () => {
  it('match the heads and features of this code', () => {
    expect(WEIGHTS.heads).toEqual([...CATEGORIES]);
    expect(WEIGHTS.gramBits).toBe(GRAM_BITS);
    expect(WEIGHTS.tail.length).toBe(CATEGORIES.length);
    for (const row of WEIGHTS.tail) expect(row.length).toBe(WEIGHTS.rarity.length);
  });

  it('are stamped with the command and data that made them', () => {
    expect(WEIGHTS.stamp.command).toBe('npm run train');
    expect(WEIGHTS.stamp.data.length).toBeGreaterThan(5);
    for (const d of WEIGHTS.stamp.data) expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stay under 1 MB gzipped', () => {
    const path = join(__dirname, 'weights.generated.ts');
    expect(statSync(path).size).toBeGreaterThan(0);
    expect(gzipSync(readFileSync(path)).length).toBeLessThan(1024 * 1024);
  });

  it('never give the ai label to posts too short to tell', () => {
    expect(WEIGHTS.cards[0]!.minWords).toBeGreaterThanOrEqual(20);
  });
});
