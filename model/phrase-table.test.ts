import { describe, expect, it } from 'vitest';
import { CUE_INDEX } from './cue-list';
import { extractFeatures } from './features';
import { loadModel } from './load-model';
import { WEIGHTS } from './weights.generated';

const { lexicon } = loadModel(WEIGHTS);
const matched = (text: string, cue: keyof typeof CUE_INDEX): boolean => extractFeatures(text, lexicon).cues[CUE_INDEX[cue]]! > 0;

describe('phrase cues', () => {
  it('lets NUM stand for any number', () => {
    expect(matched('only 3 left in stock', 'scarcity')).toBe(true);
    expect(matched('only 12 left in stock', 'scarcity')).toBe(true);
  });

  it('keeps the literal word "number" literal', () => {
    expect(matched('Hi Mum, this is my new number', 'extortion')).toBe(true);
    expect(matched('salary £28-32k, 2 days in the office', 'curiosity')).toBe(false);
  });

  it('matches across apostrophes and capitals', () => {
    expect(matched("You WON'T believe this", 'curiosity')).toBe(true);
  });
});
