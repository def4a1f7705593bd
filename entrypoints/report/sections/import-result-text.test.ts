import { describe, expect, it } from 'vitest';
import type { ImportCounts } from '../../../backup/import';
import { wordImportResult } from './import-result-text';

const none: ImportCounts = { daysInFile: 7, daysNew: 0, daysUpdated: 0, segments: 0, postsSeen: 0, manualEntries: 0, nudges: 0, feedback: 0, intentions: 0 };

describe('what the weekly page says after an import', () => {
  it("names the intention check's answers it brought, in the singular for one", () => {
    expect(wordImportResult('realign.json', { ...none, daysNew: 3, daysUpdated: 4, segments: 40, intentions: 12 })).toBe(
      'Imported realign.json (7 days): 3 new days, 4 updated, 12 answers to “What are you here for?”.',
    );
    expect(wordImportResult('realign.json', { ...none, daysUpdated: 1, intentions: 1 })).toContain('1 answer to “What are you here for?”');
  });

  it('leaves the answers out when there were none, and says a file with only answers was not "nothing new"', () => {
    expect(wordImportResult('realign.json', { ...none, daysNew: 1 })).not.toContain('answer');
    expect(wordImportResult('realign.json', { ...none, intentions: 2 })).toMatch(/^Imported realign\.json .*2 answers to/);
    expect(wordImportResult('realign.json', none)).toMatch(/already held everything in it\.$/);
  });
});
