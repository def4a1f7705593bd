import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type RealignDb } from './db';
import { dayTotals, topSites, weekTotals } from './read-days';
import { deleteDateRange, deleteEverything, deleteSite } from './delete-history';
import { buildExport } from '../backup/export';
import { importBackup } from '../backup/import';
import { dumpTables, figuresOf, NOW, seedHistory } from '../backup/import-test-kit';

describe('deleting history', () => {
  let db: RealignDb;
  beforeEach(async () => {
    db = openDb(`delete-${Math.random()}`);
    await seedHistory(db, 30, 20);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('deletes everything', async () => {
    await deleteEverything(db);
    const tables = await dumpTables(db);
    expect(Object.values(tables).every((rows) => rows.length === 0)).toBe(true);
  });

  it('deletes a date range and only that range', async () => {
    const before = await figuresOf(db, 30);
    expect(await deleteDateRange(db, '2026-11-16', '2026-11-22')).toBe(7);
    expect((await weekTotals(db, '2026-11-16')).screenMs).toBe(0);
    const after = await figuresOf(db, 30);
    const outside = (figures: typeof before) => figures.days.filter((day) => day.date < '2026-11-16' || day.date > '2026-11-22');
    expect(outside(after)).toEqual(outside(before));
    const tables = await dumpTables(db);
    const inRange = (date: string) => date >= '2026-11-16' && date <= '2026-11-22';
    expect(tables.postsSeen.some((row) => inRange(row.countedDay))).toBe(false);
    expect(tables.manualEntries.some((row) => inRange(row.date))).toBe(false);
    expect(tables.segments.some((row) => row.start >= new Date(2026, 10, 16).getTime() && row.start < new Date(2026, 10, 23).getTime())).toBe(false);
    expect(tables.nudges.map((row) => row.action)).toEqual(['acted']);
  });

  it('takes one site\'s time out of every day, and its feed\'s posts and accounts', async () => {
    const before = await dayTotals(db, '2026-11-20');
    const rollup = (await db.days.get('2026-11-20'))!;
    const xTime = rollup.sites['x.com']!.activityMs;
    const xPosts = (await db.postsSeen.toArray()).filter((row) => row.site === 'x' && row.countedDay === '2026-11-20');
    await deleteSite(db, 'x.com', 'x');
    const after = await dayTotals(db, '2026-11-20');
    expect(after.consumeMs).toBe(before.consumeMs - xTime.consume);
    expect(after.screenMs).toBe(before.screenMs - xTime.consume - xTime.create - xTime.neutral);
    expect(after.postsSeen).toBe(before.postsSeen - xPosts.length);
    expect((await topSites(db, ['2026-11-20'], 50)).map((site) => site.host)).not.toContain('x.com');
    const tables = await dumpTables(db);
    expect(tables.segments.some((row) => row.host === 'x.com')).toBe(false);
    expect(tables.postsSeen.some((row) => row.site === 'x')).toBe(false);
    expect(tables.days.some((day) => Object.keys(day.flaggedAuthors).some((key) => key.startsWith('x:')))).toBe(false);
    expect(tables.siteHealth).toEqual([]);
    // The reasons counted with the deleted posts leave the day too.
    const reasonsLeft = Object.values((await db.days.get('2026-11-20'))!.reasons ?? {}).reduce((n, texts) => n + Object.values(texts ?? {}).reduce((a, b) => a + b, 0), 0);
    const reasonsBefore = Object.values(rollup.reasons ?? {}).reduce((n, texts) => n + Object.values(texts ?? {}).reduce((a, b) => a + b, 0), 0);
    expect(reasonsLeft).toBe(reasonsBefore - xPosts.reduce((n, post) => n + (post.reasons?.length ?? 0), 0));
  });

  it('leaves rollups that still export, import and read the same', { timeout: 30_000 }, async () => {
    await deleteSite(db, 'youtube.com', 'youtube');
    await deleteDateRange(db, '2026-11-02', '2026-11-03');
    const target = openDb(`delete-target-${Math.random()}`);
    expect(await importBackup(target, JSON.stringify(await buildExport(db, { kind: 'all' }, NOW)))).toMatchObject({ ok: true });
    expect(await figuresOf(target, 30)).toEqual(await figuresOf(db, 30));
    await target.delete();
  });
});
