import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEIGHTS } from '../model/weights.generated';
import { DATA_DIR, hasData } from './data-dir';
import { trainingRows } from './loso';
import { dedupeKey, isOrdinary, loadSources } from './sources';

const present = hasData();
if (!present) console.log(`training/data.test.ts: skipped, no training data at ${DATA_DIR}`);

describe.skipIf(!present)('training data (../shared/data)', () => {
  const docs = present ? loadSources() : [];

  it('loads every source with no post twice, across sources too', () => {
    const sources = new Set(docs.map((d) => d.source));
    for (const s of ['pairs-social', 'ai-posts-twitter', 'qa-truthfulqa', 'sms', 'headlines', 'tweets', 'goemotions', 'janitr-x', 'janitr-replies',
      'seqxgpt', 'fastdetect', 'davidson', 'hatexplain', 'implicit-hate', 'youtube-spam']) expect(sources).toContain(s);
    const keys = docs.map((d) => dedupeKey(d.text));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never uses machine-written manipulation pairs as human examples for the ai head', () => {
    expect(docs.filter((d) => d.source.startsWith('pairs') && d.labels.ai !== undefined)).toEqual([]);
    expect(docs.filter((d) => d.source.startsWith('pairs') && isOrdinary(d))).toEqual([]);
  });

  it('cuts the human prompt off the AI continuations', () => {
    // Fast-DetectGPT's AI texts begin with ~30 words of the human text; after the cut no AI text
    // starts the way its human pair does.
    const fast = docs.filter((d) => d.source === 'fastdetect');
    const humanStarts = new Set(fast.filter((d) => d.labels.ai === 0).map((d) => d.text.slice(0, 40)));
    const aiSame = fast.filter((d) => d.labels.ai === 1 && humanStarts.has(d.text.slice(0, 40)));
    expect(aiSame.length).toBeLessThan(fast.length * 0.02);
  });

  it('keeps every positive of a capped source in training', () => {
    const rows = new Set(trainingRows(docs));
    docs.forEach((d, r) => { if (d.source === 'goemotions' && d.labels.fear === 1) expect(rows.has(r)).toBe(true); });
  });

  it('shipped weights are stamped with the sha256 of the data they were trained on', () => {
    for (const { file, sha256 } of WEIGHTS.stamp.data) {
      const path = join(DATA_DIR, file.replace('../shared/data/', ''));
      expect(createHash('sha256').update(readFileSync(path)).digest('hex'), file).toBe(sha256);
    }
  });
});
