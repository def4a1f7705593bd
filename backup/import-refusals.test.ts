/**
 * Broken and hostile import files: each is refused with a code and the path of the problem in the
 * file, and no table changes. How the report page words each refusal is tested beside it
 * (entrypoints/report/sections/import-refusal-text.test.ts), over the same cases.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type RealignDb } from '../storage/db';
import { buildExport } from './export';
import type { ExportFile } from '../schema/export-format';
import { importBackup } from './import';
import { fileWith, REFUSAL_CASES, type Mutable } from './import-refusal-cases';
import type { ImportRefusal } from './import-refusal';
import { dumpTables, NOW, seedHistory } from './import-test-kit';

let db: RealignDb;
let base: ExportFile;
let before: Awaited<ReturnType<typeof dumpTables>>;

/** The refusal `text` gets, after checking that nothing was stored. */
async function refusalOf(text: string, maxChars?: number, now?: number): Promise<ImportRefusal> {
  const outcome = await importBackup(db, text, maxChars, now);
  expect(await dumpTables(db)).toEqual(before);
  if (outcome.ok) throw new Error('imported a file that should have been refused');
  return outcome.refusal;
}

describe('refused imports', () => {
  beforeAll(async () => {
    const other = openDb(`refusal-source-${Math.random()}`);
    await seedHistory(other, 10, 10);
    base = await buildExport(other, { kind: 'all' }, NOW);
    await other.delete();
    db = openDb(`refusal-target-${Math.random()}`);
    await seedHistory(db, 5, 5);
    before = await dumpTables(db);
  });
  afterAll(async () => {
    await db.delete();
  });

  it.each(REFUSAL_CASES.map((c) => [c.name, c] as const))('refuses %s with its code and path, and changes nothing', async (_name, { text, code, path, isInDay }) => {
    const refusal = await refusalOf(text(base));
    expect(refusal.code).toBe(code);
    if (typeof path === 'string') expect(refusal.path).toBe(path);
    else expect(refusal.path).toMatch(path);
    // Inside a day, the day's date comes with the path, as a person finds the day in the file.
    if (isInDay) expect(refusal.day).toBe(JSON.parse(text(base)).days[Number(/^days\[(\d+)\]/.exec(refusal.path)![1])].date);
    else expect(refusal.day).toBeUndefined();
    expect(({} as Mutable).polluted ?? ({} as Mutable).isAdmin).toBeUndefined();
  });

  it('carries the values a page needs to word a refusal', async () => {
    const neutral = await refusalOf(fileWith(base, (f) => (f.days[0].neutralMs = 1e15)));
    expect(neutral).toEqual({ code: 'not-whole-number', path: 'days[0].neutralMs', day: base.days[0]!.date, min: 0, max: 360_000_000, found: { kind: 'value', text: '1000000000000000' } });
    expect(await refusalOf(fileWith(base, (f) => (f.postsSeen[0].snippet = 'x'.repeat(301))))).toEqual({ code: 'text-too-long', path: 'postsSeen[0].snippet', length: 301, max: 300 });
    expect(await refusalOf(fileWith(base, (f) => (f.postsSeen[0].site = 'myspace')))).toMatchObject({ allowed: expect.arrayContaining(['x', 'reddit']), found: { kind: 'value', text: '"myspace"' } });
    expect(await refusalOf(fileWith(base, (f) => (f.version = 2)))).toEqual({ code: 'newer-version', path: 'version', version: 2, supported: 1 });
    expect(await refusalOf(fileWith(base, (f) => (f.segments = { 0: f.segments[0] })))).toMatchObject({ found: { kind: 'object' } });
    expect(await refusalOf(fileWith(base, (f) => (f.days[0].sites['x.com'].activityMs = { consume: 1, create: 0, neutral: 0 })))).toMatchObject({ code: 'site-split-disagrees', path: 'days[0].sites["x.com"]' });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const text = JSON.stringify(base);
    expect(await refusalOf(text, 1_000)).toEqual({ code: 'too-big', path: '', size: text.length, limit: 1_000 });
  });

  it('rolls everything back when the database fails half-way', async () => {
    const original = db.days.bulkPut.bind(db.days);
    db.days.bulkPut = (() => Promise.reject(new Error('disk on fire'))) as unknown as typeof db.days.bulkPut;
    try {
      expect(await refusalOf(JSON.stringify(base))).toEqual({ code: 'store-failed', path: '', error: expect.stringContaining('disk on fire') });
    } finally {
      db.days.bulkPut = original;
    }
  });

  it.each([
    ['a download that stopped part-way', () => JSON.stringify(base).slice(0, 798), 'cut-off'],
    ['a download cut inside a number', () => JSON.stringify(base).replace(/("exportedAt")/, '"n":12.$1').slice(0, JSON.stringify(base).indexOf('"exportedAt"') + 8), 'cut-off'],
    ['an empty file', () => '  ', 'empty'],
    ['a picture renamed .json', () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000', 'not-backup'],
  ])('tells what %s looks like, for the headline', async (_name, text, looks) => {
    expect(await refusalOf(text())).toMatchObject({ code: 'not-json', path: '', looks, parserError: expect.any(String) });
  });

  describe('days that had not happened yet', () => {
    const IMPORTED_ON = Date.UTC(2026, 10, 24, 12);
    it('refuses a day after the day the file says it was made, naming it', async () => {
      const refusal = await refusalOf(fileWith(base, (f) => (f.days.at(-1).date = '2026-11-25')), undefined, IMPORTED_ON);
      expect(refusal).toMatchObject({ code: 'day-after-export', path: `days[${base.days.length - 1}]`, date: '2026-11-25', madeOn: expect.stringMatching(/^2026-11-2[34]$/) });
    });

    it('refuses a file that says it was made in the future (2031), and its days', async () => {
      const file = fileWith(base, (f) => {
        f.exportedAt = '2031-03-02T10:00:00.000Z';
        f.days.at(-1).date = '2031-03-01';
      });
      expect(await refusalOf(file, undefined, IMPORTED_ON)).toMatchObject({ code: 'made-in-future', path: 'exportedAt', madeOn: '2031-03-02', today: expect.stringMatching(/^2026-11-2[45]$/) });
    });

    it('takes a file from a time zone already on the next day', async () => {
      // Made at 23:30 in Kiribati (UTC+14) on the 24th while it is still the 23rd in Europe.
      const file = fileWith(base, (f) => {
        f.exportedAt = '2026-11-24T09:30:00.000Z';
        f.timeZone = 'Pacific/Kiritimati';
      });
      const target = openDb(`zone-${Math.random()}`);
      expect(await importBackup(target, file, undefined, Date.UTC(2026, 10, 23, 22))).toMatchObject({ ok: true });
      await target.delete();
    });
  });

  it('accepts a file that follows only the DESIGN.md contract', async () => {
    const target = openDb(`contract-${Math.random()}`);
    const minimal = {
      format: 'realign-export',
      version: 1,
      exportedAt: '2026-11-23T20:00:00.000Z',
      days: [{ date: '2026-11-23', consumeMs: 60_000, createMs: 0, neutralMs: 0, sites: { 'x.com': { ms: 60_000, activity: 'consume' } }, posts: { seen: 3, flagged: { outrage: 1 } } }],
    };
    expect(await importBackup(target, JSON.stringify(minimal))).toMatchObject({ ok: true, daysNew: 1 });
    expect((await target.days.get('2026-11-23'))!.sites['x.com']).toEqual({ ms: 60_000, activity: 'consume', activityMs: { consume: 60_000, create: 0, neutral: 0 } });
    await target.delete();
  });
});
