import { describe, expect, it } from 'vitest';
import { HEAD_COUNT } from '../model/categories';
import { featurise, logitsOf, trainHeads, type HeadTargets } from './linear-heads';
import { scoreOf } from '../model/score';

describe('the seven heads trained at once', () => {
  const texts = Array.from({ length: 200 }, (_, i) => (i % 2 === 1 ? `claim your prize now ${i}` : `see you at lunch ${i}`));
  const m = featurise(texts);
  const rows = Int32Array.from(texts.map((_, i) => i));
  const targets: HeadTargets[] = Array.from({ length: HEAD_COUNT }, (_, h) => ({
    // head 5 (scam) learns the prize posts; head 0 has no labels at all
    y: Int8Array.from(texts.map((_, i) => (h === 0 ? -1 : h === 5 ? i % 2 : 0))),
    w: Float32Array.from(texts.map(() => 1)),
  }));
  const settings = { epochs: 3, learningRate: 0.1, seed: 3, l2: Array(HEAD_COUNT).fill(1e-5) };

  it('learns a head from its labels, and is deterministic', () => {
    const a = trainHeads(m, rows, targets, settings), b = trainHeads(m, rows, targets, settings);
    const z1 = new Float64Array(HEAD_COUNT), z0 = new Float64Array(HEAD_COUNT);
    logitsOf(m, 1, a, z1);
    logitsOf(m, 0, a, z0);
    expect(z1[5]!).toBeGreaterThan(z0[5]!);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });

  it('leaves a head with no labels at zero', () => {
    const a = trainHeads(m, rows, targets, settings);
    expect(a.bias[0]).toBe(0);
    for (let i = 0; i < a.weights.length; i += HEAD_COUNT) expect(a.weights[i]).toBe(0);
  });
});

describe('the score a person sees', () => {
  const rarity = [0.5, 0.1, 0.01, 0.001];
  const tail = [0, 1, 2, 3];

  it('is 1 − the share of ordinary posts that score as high, interpolated between the table’s points', () => {
    expect(scoreOf(rarity, tail, 2)).toBeCloseTo(0.99, 9);
    expect(scoreOf(rarity, tail, 2.5)).toBeCloseTo(1 - Math.sqrt(0.01 * 0.001), 9);
    expect(scoreOf(rarity, tail, 3)).toBeCloseTo(0.999, 9);
  });

  it('rises with the logit and stays within [0, 1]', () => {
    let last = -1;
    for (let z = -20; z <= 20; z += 0.25) {
      const s = scoreOf(rarity, tail, z);
      expect(s).toBeGreaterThanOrEqual(last);
      expect(s >= 0 && s <= 1).toBe(true);
      last = s;
    }
    expect(scoreOf(rarity, tail, Number.NaN)).toBe(0);
  });
});
