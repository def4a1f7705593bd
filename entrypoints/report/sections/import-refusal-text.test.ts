/**
 * A refused import in the person's words: for every broken file of backup/import-refusal-cases.ts,
 * the headline they read first (no paths, no parser words) and the reason behind "Details", as
 * the report page shows them.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExport } from '../../../backup/export';
import type { ExportFile } from '../../../schema/export-format';
import { importBackup } from '../../../backup/import';
import { fileWith, REFUSAL_CASES } from '../../../backup/import-refusal-cases';
import { NOW, seedHistory } from '../../../backup/import-test-kit';
import { openDb, type RealignDb } from '../../../storage/db';
import { wordImportRefusal, type RefusalText } from './import-refusal-text';

let db: RealignDb;
let base: ExportFile;

/** What the page shows for `text`: the headline and the detail. */
async function shown(text: string, maxChars?: number, now?: number): Promise<RefusalText> {
  const outcome = await importBackup(db, text, maxChars, now);
  if (outcome.ok) throw new Error('imported a file that should have been refused');
  return wordImportRefusal(outcome.refusal);
}

describe('a refused import, in words', () => {
  beforeAll(async () => {
    const other = openDb(`words-source-${Math.random()}`);
    await seedHistory(other, 10, 10);
    base = await buildExport(other, { kind: 'all' }, NOW);
    await other.delete();
    db = openDb(`words-target-${Math.random()}`);
    await seedHistory(db, 5, 5);
  });
  afterAll(async () => {
    await db.delete();
  });

  it.each(REFUSAL_CASES.map((c) => [c.name, c] as const))('says what is wrong with %s', async (_name, { text, words }) => {
    const { headline, detail } = await shown(text(base));
    // The technical reason, behind "Details"; the person first reads a sentence without paths or parser words.
    expect(detail).toMatch(/^Nothing was imported: /);
    expect(detail).toMatch(words);
    expect(headline).toMatch(/[Yy]our history is unchanged\.$/);
    expect(headline).not.toMatch(/in JSON|\[\d+\]|position|Ms\b|expected/);
  });

  it('words a file over the size limit', async () => {
    expect(await shown(JSON.stringify(base), 1_000)).toEqual({
      headline: 'This file is too big to import. Your history is unchanged.',
      detail: expect.stringMatching(/^Nothing was imported: the file is [\d.]+ MB; an import takes at most 0\.0 MB\.$/),
    });
  });

  it('words a database that failed half-way', async () => {
    expect(wordImportRefusal({ code: 'store-failed', path: '', error: 'Error: disk on fire' })).toEqual({
      headline: expect.stringMatching(/could not store the import/),
      detail: 'Nothing was imported: the database could not store it (Error: disk on fire). Your history is unchanged.',
    });
  });

  it('names the day inside its index, and "the file" for the whole of it', () => {
    const found = { kind: 'value', text: '"100"' } as const;
    expect(wordImportRefusal({ code: 'not-whole-number', path: 'days[3].consumeMs', day: '2026-11-23', min: 0, max: 360_000_000, found }).detail)
      .toBe('Nothing was imported: days[3] (2026-11-23).consumeMs: expected a whole number from 0 to 360,000,000, found "100".');
    expect(wordImportRefusal({ code: 'forbidden-key', path: '', key: '__proto__' }).detail)
      .toBe('Nothing was imported: the file: the key "__proto__" is not allowed (it could change how the data behaves).');
    expect(wordImportRefusal({ code: 'not-text', path: 'intentions[0].host', found: { kind: 'long-text', length: 1000 } }).detail)
      .toBe('Nothing was imported: intentions[0].host: expected text, found text of 1,000 characters.');
  });

  it.each([
    ['a download that stopped part-way', () => JSON.stringify(base).slice(0, 798), /^This file is cut off: it may not have finished downloading/],
    ['a download cut inside a number', () => JSON.stringify(base).replace(/("exportedAt")/, '"n":12.$1').slice(0, JSON.stringify(base).indexOf('"exportedAt"') + 8), /^This file is cut off/],
    ['an empty file', () => '  ', /^This file is empty/],
    ['a picture renamed .json', () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000', /^This is not a Realign backup/],
    ["another program's JSON", () => '{"format": "something-else", "version": 1}', /^This is not a Realign backup/],
    ['a newer format', () => fileWith(base, (f) => (f.version = 2)), /^This backup was made by a newer version of Realign\. Update Realign/],
    ['totals that contradict the sites', () => fileWith(base, (f) => (f.days[1].consumeMs += 60_000)), /^This backup was changed or damaged after Realign saved it/],
  ])('says what is wrong with %s in a person’s words', async (_name, text, headline) => {
    expect((await shown(text())).headline).toMatch(headline);
  });

  describe('days that had not happened yet', () => {
    const IMPORTED_ON = Date.UTC(2026, 10, 24, 12);
    it('names a day after the day the file says it was made', async () => {
      const { headline, detail } = await shown(fileWith(base, (f) => (f.days.at(-1).date = '2026-11-25')), undefined, IMPORTED_ON);
      expect(headline).toMatch(/^This backup holds days that had not happened/);
      expect(detail).toMatch(/days\[\d+\]: the day 2026-11-25 comes after the day the file was made \(2026-11-2[34]\)/);
    });

    it('names a file that says it was made in the future (2031)', async () => {
      const file = fileWith(base, (f) => {
        f.exportedAt = '2031-03-02T10:00:00.000Z';
        f.days.at(-1).date = '2031-03-01';
      });
      const { headline, detail } = await shown(file, undefined, IMPORTED_ON);
      expect(headline).toMatch(/had not happened/);
      expect(detail).toMatch(/made on 2031-03-02, after today \(2026-11-2[45]\)/);
    });
  });
});
