import { describe, expect, it } from 'vitest';
import { buildMatrix } from './feature-matrix';
import { DEFAULT_TRAIN, logitOf, trainHead } from './logistic';

describe('trainHead', () => {
  const rows = Array.from({ length: 400 }, (_, i) => ({
    cues: Float32Array.from([i % 2, (i >> 1) % 2]),
    buckets: [i % 2 === 1 ? 5 : 6],
    values: [1],
  }));
  const m = buildMatrix(rows, 2, 8);
  const index = rows.map((_, i) => i);
  const y = index.map((i) => i % 2);

  it('learns a separating weight and is deterministic', () => {
    const a = trainHead(m, index, y, y.map(() => 1), DEFAULT_TRAIN);
    const b = trainHead(m, index, y, y.map(() => 1), DEFAULT_TRAIN);
    expect(a.cueWeights[0]).toBeGreaterThan(0);
    expect(logitOf(m, 1, a)).toBeGreaterThan(logitOf(m, 0, a));
    expect(Array.from(a.cueWeights)).toEqual(Array.from(b.cueWeights));
  });

  it('keeps frozen cues at zero and respects sign constraints', () => {
    const frozen = trainHead(m, index, y, y.map(() => 1), { ...DEFAULT_TRAIN, frozenCues: [true, false] });
    expect(frozen.cueWeights[0]).toBe(0);
    const against = trainHead(m, index, y, y.map(() => 1), { ...DEFAULT_TRAIN, cueSigns: [-1, 0] });
    expect(against.cueWeights[0]).toBeLessThanOrEqual(0);
  });
});
