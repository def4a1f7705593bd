/** Broken and hostile import files: each is refused with a message naming the problem, and no table changes. */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type RealignDb } from '../storage/db';
import { buildExport } from './export';
import type { ExportFile } from './export-format';
import { importBackup } from './import';
import { dumpTables, NOW, seedHistory } from './import-test-kit';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test files poke at raw JSON

let db: RealignDb;
let base: ExportFile;
let before: Awaited<ReturnType<typeof dumpTables>>;

/** A valid export of another profile, changed by `edit` into a bad one. */
function fileWith(edit: (file: Mutable) => void): string {
  const file = structuredClone(base) as Mutable;
  edit(file);
  return JSON.stringify(file);
}

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

const CASES: [name: string, text: () => string, message: RegExp][] = [
  ['an empty file', () => '', /not valid JSON/],
  ['a cut-off file', () => JSON.stringify(base).slice(0, 500), /not valid JSON/],
  ['a list instead of an export', () => '[1, 2, 3]', /not a Realign export: the file holds a list/],
  ['another program\'s JSON', () => '{"format": "something-else", "version": 1}', /not a Realign export: "format" is "something-else"/],
  ['a newer format version', () => fileWith((f) => (f.version = 2)), /made by a newer Realign \(export format version 2\).*reads up to version 1/],
  ['a version that is text', () => fileWith((f) => (f.version = '1')), /version: expected a whole number/],
  ['no days', () => fileWith((f) => delete f.days), /days: expected a list, found undefined/],
  ['time as text', () => fileWith((f) => (f.days[0].consumeMs = '100')), /days\[0\] \(\d{4}-\d{2}-\d{2}\)\.consumeMs: expected a whole number/],
  ['negative time', () => fileWith((f) => (f.days[0].createMs = -5)), /createMs: expected a whole number from 0/],
  ['an absurd amount of time', () => fileWith((f) => (f.days[0].neutralMs = 1e15)), /neutralMs: expected a whole number from 0 to 360,000,000/],
  ['infinity', () => JSON.stringify(base).replace(/"dwellMs":\d+/, '"dwellMs":1e400'), /dwellMs: expected a whole number/],
  ['totals that contradict the sites', () => fileWith((f) => (f.days[1].consumeMs += 60_000)), /consumeMs is \d+ but its sites add up to \d+/],
  ['an impossible date', () => fileWith((f) => (f.days[0].date = '2026-02-30')), /2026-02-30 is not a day/],
  ['the same day twice', () => fileWith((f) => f.days.push(f.days[0])), /days: the day "\d{4}-\d{2}-\d{2}" appears twice/],
  ['an unknown category', () => fileWith((f) => (f.days[0].posts.flagged.gossip = 1)), /unknown category "gossip"/],
  ['more flagged posts than seen', () => fileWith((f) => (f.days[0].posts.flagged.ai = f.days[0].posts.seen + 1)), /flagged\.ai: expected a whole number from 0 to/],
  ['a probability above 1', () => fileWith((f) => (f.postsSeen[0].scores.fear = 1.5)), /postsSeen\[0\]\.scores\.fear: expected a number from 0 to 1/],
  ['a site Realign does not know', () => fileWith((f) => (f.postsSeen[0].site = 'myspace')), /postsSeen\[0\]\.site: expected one of/],
  ['a segment whose id does not match it', () => fileWith((f) => (f.segments[0].id = 'evil')), /segments\[0\]\.id: "evil" should be/],
  ['a segment that ends before it starts', () => fileWith((f) => (f.segments[0].end = f.segments[0].start - 1)), /must end after it starts/],
  ['a timestamp in the year 275760', () => fileWith((f) => (f.nudges[0].at = 8.64e15)), /nudges\[0\]\.at: expected a whole number/],
  ['a manual entry of 10,000 minutes', () => fileWith((f) => (f.manualEntries[0].minutes = 10_000)), /manualEntries\[0\]\.minutes/],
  ['a host that is not a host', () => fileWith((f) => (f.days[0].sites['<script>'] = { ms: 0, activity: 'consume' })), /not a host name/],
  ['__proto__ as a host', () => JSON.stringify(base).replace('"sites":{', '"sites":{"__proto__":{"ms":0,"activity":"consume","polluted":true},'), /the key "__proto__" is not allowed/],
  ['constructor as an account', () => fileWith((f) => (f.days[0].flaggedAuthors = { constructor: 1 })), /the key "constructor" is not allowed/],
  ['__proto__ at the top level', () => JSON.stringify(base).replace('{', '{"__proto__":{"isAdmin":true},'), /the key "__proto__" is not allowed/],
  ['a huge string', () => fileWith((f) => (f.postsSeen[0].snippet = 'x'.repeat(1_000_000))), /postsSeen\[0\]\.snippet: text of 1,000,000 characters/],
  ['a snippet longer than Realign keeps', () => fileWith((f) => (f.postsSeen[0].snippet = 'x'.repeat(301))), /snippet: text of 301 characters, longer than 300/],
  ['deep nesting', () => JSON.stringify(base).replace('"timeZone":', `"extra":${deep(100_000)},"timeZone":`), /nested (deeper than a Realign export|too deeply)/],
  ['an object where a list belongs', () => fileWith((f) => (f.segments = { 0: f.segments[0] })), /segments: expected a list, found an object/],
  ['a sites list instead of a map', () => fileWith((f) => (f.days[0].sites = [])), /sites: expected an object, found a list/],
  ['a reason longer than Realign keeps', () => fileWith((f) => (f.postsSeen[0].reasons = [{ category: 'fear', text: 'x'.repeat(121) }])), /postsSeen\[0\]\.reasons\[0\]\.text: text of 121 characters/],
  ['reasons under an unknown category', () => fileWith((f) => (f.days[0].reasons = { gossip: { 'juicy words': 1 } })), /reasons: unknown category "gossip"/],
  ['an intention answer the check never offers', () => fileWith((f) => (f.intentions[0].answer = 'doomscroll')), /intentions\[0\]\.answer: expected one of catch-up, reply, look-up, unwind, skip, found "doomscroll"/],
  ['an intention answer without a site', () => fileWith((f) => delete f.intentions[1].host), /intentions\[1\]\.host: expected text, found undefined/],
  ['an intention answer in the year 1970', () => fileWith((f) => (f.intentions[0].at = 0)), /intentions\[0\]\.at: expected a whole number/],
  ['a bad post at the end of a long file', () => fileWith((f) => (f.postsSeen[f.postsSeen.length - 1].labels = ['ai', 'oops'])), /labels\[1\]: expected one of/],
];

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

  it.each(CASES)('refuses %s and changes nothing', async (_name, text, message) => {
    const outcome = await importBackup(db, text());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      // The technical reason, behind "Details"; the person first reads a sentence without paths or parser words.
      expect(outcome.detail).toMatch(/^Nothing was imported: /);
      expect(outcome.detail).toMatch(message);
      expect(outcome.message).toMatch(/[Yy]our history is unchanged\.$/);
      expect(outcome.message).not.toMatch(/in JSON|\[\d+\]|position|Ms\b|expected/);
    }
    expect(await dumpTables(db)).toEqual(before);
    expect(({} as Mutable).polluted ?? ({} as Mutable).isAdmin).toBeUndefined();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const outcome = await importBackup(db, JSON.stringify(base), 1_000);
    expect(outcome).toEqual({
      ok: false,
      message: 'This file is too big to import. Your history is unchanged.',
      detail: expect.stringMatching(/^Nothing was imported: the file is [\d.]+ MB; an import takes at most 0\.0 MB\.$/),
    });
    expect(await dumpTables(db)).toEqual(before);
  });

  it('rolls everything back when the database fails half-way', async () => {
    const original = db.days.bulkPut.bind(db.days);
    db.days.bulkPut = (() => Promise.reject(new Error('disk on fire'))) as unknown as typeof db.days.bulkPut;
    try {
      const outcome = await importBackup(db, JSON.stringify(base));
      expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/could not store the import/), detail: expect.stringContaining('disk on fire') });
    } finally {
      db.days.bulkPut = original;
    }
    expect(await dumpTables(db)).toEqual(before);
  });

  it.each([
    ['a download that stopped part-way', () => JSON.stringify(base).slice(0, 798), /^This file is cut off: it may not have finished downloading/],
    ['a download cut inside a number', () => JSON.stringify(base).replace(/("exportedAt")/, '"n":12.$1').slice(0, JSON.stringify(base).indexOf('"exportedAt"') + 8), /^This file is cut off/],
    ['an empty file', () => '  ', /^This file is empty/],
    ['a picture renamed .json', () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000', /^This is not a Realign backup/],
    ["another program's JSON", () => '{"format": "something-else", "version": 1}', /^This is not a Realign backup/],
    ['a newer format', () => fileWith((f) => (f.version = 2)), /^This backup was made by a newer version of Realign\. Update Realign/],
    ['totals that contradict the sites', () => fileWith((f) => (f.days[1].consumeMs += 60_000)), /^This backup was changed or damaged after Realign saved it/],
  ])('says what is wrong with %s in a person’s words', async (_name, text, headline) => {
    const outcome = await importBackup(db, text());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(headline);
    expect(await dumpTables(db)).toEqual(before);
  });

  describe('days that had not happened yet', () => {
    const IMPORTED_ON = Date.UTC(2026, 10, 24, 12);
    it('refuses a day after the day the file says it was made, naming it', async () => {
      const outcome = await importBackup(db, fileWith((f) => (f.days.at(-1).date = '2026-11-25')), undefined, IMPORTED_ON);
      expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/^This backup holds days that had not happened/) });
      if (!outcome.ok) expect(outcome.detail).toMatch(/days\[\d+\]: the day 2026-11-25 comes after the day the file was made \(2026-11-2[34]\)/);
      expect(await dumpTables(db)).toEqual(before);
    });

    it('refuses a file that says it was made in the future (2031), and its days', async () => {
      const outcome = await importBackup(
        db,
        fileWith((f) => {
          f.exportedAt = '2031-03-02T10:00:00.000Z';
          f.days.at(-1).date = '2031-03-01';
        }),
        undefined,
        IMPORTED_ON,
      );
      expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/had not happened/), detail: expect.stringMatching(/made on 2031-03-02, after today \(2026-11-2[45]\)/) });
      expect(await dumpTables(db)).toEqual(before);
    });

    it('takes a file from a time zone already on the next day', async () => {
      // Made at 23:30 in Kiribati (UTC+14) on the 24th while it is still the 23rd in Europe.
      const file = fileWith((f) => {
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
