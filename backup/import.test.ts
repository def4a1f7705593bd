import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordActivity } from '../storage/activity-history';
import { openDb, type RealignDb } from '../storage/db';
import { weekTotals } from '../storage/read-days';
import { buildExport } from './export';
import { importBackup } from './import';
import { dumpTables, figuresOf, NOW, seedHistory } from './import-test-kit';
import { recordPostsSeen } from '../storage/posts-seen';
import { pruneRawData } from '../storage/retention';

const YEAR = 365;
const zero = { ai: 0, outrage: 0, fear: 0, clickbait: 0, fomo: 0, scam: 0, engagement_bait: 0 };

describe('export and import', () => {
  const dbs: RealignDb[] = [];
  const fresh = () => {
    const db = openDb(`import-${Math.random()}`);
    dbs.push(db);
    return db;
  };
  let source: RealignDb;
  beforeEach(() => {
    source = fresh();
  });
  afterEach(async () => {
    await Promise.all(dbs.splice(0).map((db) => db.delete()));
  });

  it('rebuilds a year of history on an empty profile with the same figures', { timeout: 120_000 }, async () => {
    await seedHistory(source, YEAR);
    const text = JSON.stringify(await buildExport(source, { kind: 'all' }, NOW));
    const target = fresh();
    const outcome = await importBackup(target, text);
    expect(outcome).toMatchObject({ ok: true, daysInFile: YEAR, daysNew: YEAR });
    expect(await figuresOf(target, YEAR)).toEqual(await figuresOf(source, YEAR));
    expect(await dumpTables(target)).toEqual(await dumpTables(source));
  });

  it('changes nothing when the same file is imported twice', { timeout: 60_000 }, async () => {
    await seedHistory(source, 60);
    const text = JSON.stringify(await buildExport(source, { kind: 'all' }, NOW));
    const target = fresh();
    await importBackup(target, text);
    const once = await dumpTables(target);
    const again = await importBackup(target, text);
    expect(again).toEqual({ ok: true, daysInFile: 60, daysNew: 0, daysUpdated: 0, segments: 0, postsSeen: 0, manualEntries: 0, nudges: 0, feedback: 0, intentions: 0 });
    expect(await dumpTables(target)).toEqual(once);
  });

  it('changes nothing when a profile imports its own older backup', { timeout: 60_000 }, async () => {
    await seedHistory(source, 30);
    const backup = JSON.stringify(await buildExport(source, { kind: 'all' }, NOW));
    // Time goes on after the backup: a segment grows and a new one starts on the last day.
    const segment = (await source.segments.orderBy('end').last())!;
    await recordActivity(source, [{ segmentStart: segment.start, host: segment.host, activity: segment.activity, from: segment.end, to: segment.end + 90_000 }]);
    await recordActivity(source, [{ segmentStart: NOW - 60_000, host: 'example.org', activity: 'neutral', from: NOW - 60_000, to: NOW }]);
    const before = await dumpTables(source);
    await importBackup(source, backup);
    expect(await dumpTables(source)).toEqual(before);
  });

  it('keeps rollups whose raw rows were pruned, and counts them once', { timeout: 60_000 }, async () => {
    await seedHistory(source, 120);
    await pruneRawData(source, NOW, 30);
    const text = JSON.stringify(await buildExport(source, { kind: 'all' }, NOW));
    const target = fresh();
    await importBackup(target, text);
    await importBackup(target, text);
    expect(await figuresOf(target, 120)).toEqual(await figuresOf(source, 120));
  });

  it('adds up a day two profiles recorded separately, and posts both saw count once', async () => {
    const morning = new Date(2026, 10, 23, 9).getTime();
    const afternoon = new Date(2026, 10, 23, 15).getTime();
    const post = (key: string, at: number) => ({ key, site: 'x' as const, author: 'a', permalink: null, sponsored: false, scores: zero, labels: ['outrage' as const], firstSeenAt: at, dwellMs: 2_000, snippet: null });
    await recordActivity(source, [{ segmentStart: morning, host: 'x.com', activity: 'consume', from: morning, to: morning + 600_000 }]);
    await recordPostsSeen(source, [post('x:1', morning), post('x:2', morning)]);
    const other = fresh();
    await recordActivity(other, [{ segmentStart: afternoon, host: 'x.com', activity: 'consume', from: afternoon, to: afternoon + 300_000 }]);
    await recordPostsSeen(other, [post('x:2', afternoon), post('x:3', afternoon)]);
    await importBackup(source, JSON.stringify(await buildExport(other, { kind: 'all' }, NOW)));
    const day = (await source.days.get('2026-11-23'))!;
    expect(day.consumeMs).toBe(900_000);
    expect(day.sites['x.com']).toEqual({ ms: 900_000, activity: 'consume', activityMs: { consume: 900_000, create: 0, neutral: 0 } });
    expect(day.posts.seen).toBe(3);
    expect(day.posts.flagged.outrage).toBe(3);
    expect(day.flaggedAuthors).toEqual({ 'x:a': 3 });
  });

  it('gives back the intention answers in an empty profile, and adds none on a second import', async () => {
    await seedHistory(source, 10, 5);
    const file = await buildExport(source, { kind: 'all' }, NOW);
    expect(file.intentions.map((row) => row.answer)).toEqual(['catch-up', 'catch-up', 'skip']);
    const target = fresh();
    expect(await importBackup(target, JSON.stringify(file))).toMatchObject({ ok: true, intentions: 3 });
    expect((await dumpTables(target)).intentions).toEqual((await dumpTables(source)).intentions);
    expect(await importBackup(target, JSON.stringify(file))).toMatchObject({ ok: true, intentions: 0 });
    expect(await target.intentions.count()).toBe(3);
  });

  it('imports a file from before the intention check (no intentions field), keeping the answers already stored', async () => {
    await seedHistory(source, 10, 5);
    const { intentions: _none, ...older } = await buildExport(source, { kind: 'all' }, NOW);
    const target = fresh();
    await seedHistory(target, 3, 5);
    expect(await importBackup(target, JSON.stringify(older))).toMatchObject({ ok: true, intentions: 0 });
    expect(await target.intentions.count()).toBe(3);
  });

  it('imports a week\'s export into an empty profile with that week\'s figures', async () => {
    await seedHistory(source, 30);
    const target = fresh();
    await importBackup(target, JSON.stringify(await buildExport(source, { kind: 'range', from: '2026-11-16', to: '2026-11-22' }, NOW)));
    expect(await weekTotals(target, '2026-11-16')).toEqual(await weekTotals(source, '2026-11-16'));
    expect((await weekTotals(target, '2026-11-09')).screenMs).toBe(0);
  });

  it('exports one week with only the rows behind it', async () => {
    await seedHistory(source, 30);
    const file = await buildExport(source, { kind: 'range', from: '2026-11-16', to: '2026-11-22' }, NOW);
    expect(file.days.map((day) => day.date)).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
    expect(file.postsSeen.every((row) => row.countedDay >= '2026-11-16' && row.countedDay <= '2026-11-22')).toBe(true);
    expect(file.manualEntries.map((entry) => entry.date).sort()).toEqual(['2026-11-20', '2026-11-20', '2026-11-22', '2026-11-22']);
    expect(file).toMatchObject({ format: 'realign-export', version: 1, exportedAt: new Date(NOW).toISOString() });
  });
});
