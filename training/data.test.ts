import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEIGHTS } from '../model/weights.generated';
import { DATA_DIR, hasData } from './data-dir';
import { CHECKS } from './folds';
import { loadCorpus } from './load-data';

const present = hasData();
if (!present) console.log(`training/data.test.ts: skipped, no training data at ${DATA_DIR}`);

describe.skipIf(!present)('training data (../shared/data)', () => {
  const docs = present ? loadCorpus() : [];

  it('loads every source with no post twice', () => {
    const sources = new Set(docs.map((d) => d.source));
    for (const s of ['pairs', 'ai-posts', 'qa-squad', 'qa-truthfulqa', 'sms', 'headlines', 'tweets', 'goemotions']) expect(sources).toContain(s);
    const keys = docs.map((d) => d.text.toLowerCase().replace(/\s+/g, ' ').trim());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never uses machine-written manipulation pairs as human examples for the ai head', () => {
    expect(docs.filter((d) => d.source === 'pairs' && d.labels.ai !== undefined)).toEqual([]);
  });

  it('holds out a source with both classes in every cross-source check', () => {
    for (const check of CHECKS) {
      for (let g = 0; g < check.groups; g++) {
        const test = docs.filter((d) => d.labels[check.head] !== undefined && check.heldOut(d, g));
        expect(test.some((d) => d.labels[check.head] === 1), check.name).toBe(true);
        expect(test.some((d) => d.labels[check.head] === 0), check.name).toBe(true);
      }
    }
  });

  it('shipped weights are stamped with the sha256 of the data they were trained on', () => {
    for (const { file, sha256 } of WEIGHTS.stamp.data) {
      const path = join(DATA_DIR, file.replace('../shared/data/', ''));
      expect(createHash('sha256').update(readFileSync(path)).digest('hex'), file).toBe(sha256);
    }
  });
});
