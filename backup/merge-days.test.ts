import { describe, expect, it } from 'vitest';
import { emptyDay, addActivityTime } from '../figures/day-rollup';
import type { Ledger } from './day-ledger';
import { mergeDay } from './merge-days';

const MIN = 60_000;
const dayWith = (minutes: Record<string, number>) => {
  const day = emptyDay('2026-11-23');
  for (const [host, n] of Object.entries(minutes)) addActivityTime(day, host, 'consume', n * MIN);
  return day;
};
const raw = (minutes: Record<string, number>): Ledger => new Map(Object.entries(minutes).map(([host, n]) => [`t|consume|${host}`, n * MIN]));

describe('merging one day of two histories', () => {
  it('adds time only one side\'s raw rows hold, keeps the larger residual, and never doubles it', () => {
    // Stored: 30 min of x.com whose rows were pruned, 10 min of a.org still backed by rows.
    // Imported: the same pruned 30 min (a backup of the same history) and 20 min of b.org backed by rows.
    const merged = mergeDay('2026-11-23', {
      stored: dayWith({ 'x.com': 30, 'a.org': 10 }),
      imported: dayWith({ 'x.com': 30, 'b.org': 20 }),
      storedRaw: raw({ 'a.org': 10 }),
      importedRaw: raw({ 'b.org': 20 }),
      mergedRaw: raw({ 'a.org': 10, 'b.org': 20 }),
    });
    expect(merged.consumeMs).toBe(60 * MIN);
    expect(Object.fromEntries(Object.entries(merged.sites).map(([host, site]) => [host, site.ms / MIN]))).toEqual({ 'x.com': 30, 'a.org': 10, 'b.org': 20 });
  });

  it('merged with the same day again, changes nothing', () => {
    const day = dayWith({ 'x.com': 30, 'a.org': 10 });
    const rows = raw({ 'a.org': 10 });
    expect(mergeDay('2026-11-23', { stored: day, imported: day, storedRaw: rows, importedRaw: rows, mergedRaw: rows })).toEqual(day);
  });
});
