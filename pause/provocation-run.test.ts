import { describe, expect, it } from 'vitest';
import type { Category } from '../model/categories';
import { provocationRun } from './provocation-run';

const clean: Category[] = [];
const of = (...rows: Category[][]) => rows;

describe('a run of provoking posts', () => {
  it('is 6 or more of the last 10 posts seen with outrage, fear or scam, counted per kind', () => {
    const labels = of(['outrage'], ['outrage'], ['fear'], clean, ['outrage', 'fear'], ['outrage'], clean, ['outrage'], clean, clean);
    expect(provocationRun(labels)).toEqual({ flagged: 6, window: 10, counts: { outrage: 5, fear: 2 } });
  });

  it('is not 5 of 10, and not 6 of fewer than 10 seen', () => {
    expect(provocationRun(of(['outrage'], ['outrage'], ['fear'], ['scam'], ['fear'], clean, clean, clean, clean, clean))).toBeNull();
    expect(provocationRun(of(['outrage'], ['outrage'], ['outrage'], ['outrage'], ['outrage'], ['outrage']))).toBeNull();
  });

  it('does not count the kinds that do not provoke: clickbait, ad pressure, AI', () => {
    const labels = of(['clickbait'], ['fomo'], ['ai'], ['engagement_bait'], ['clickbait'], ['fomo'], ['outrage'], clean, clean, clean);
    expect(provocationRun(labels)).toBeNull();
  });

  it('looks only at the newest 10: an old run has passed', () => {
    const labels = [...Array.from({ length: 10 }, () => clean), ...Array.from({ length: 10 }, (): Category[] => ['outrage'])];
    expect(provocationRun(labels)).toBeNull();
  });
});
