import { describe, expect, it } from 'vitest';
import type { Category } from '../model/categories';
import type { Judgement } from '../model/judge';
import type { Doc } from './corpus';
import { blindSpots, formatLabelRates, judgeUnderBothRules, labelRates } from './label-rates';

const doc = (text: string, scam: 0 | 1): Doc => ({ text, source: 's', platform: 'p', detail: '', labels: { scam } });
/** "score:labelled" per text, e.g. "0.9:y". */
const fake = (labelled: (text: string) => boolean) => (text: string): Judgement => {
  const score = Number(text.split(':')[0]);
  return { scores: { scam: score } as Record<Category, number>, labels: labelled(text) ? ['scam'] : [], reasons: [] };
};

describe('label rates', () => {
  it('counts caught and false labels under each rule, and a threshold at the same false rate', () => {
    const docs = [doc('0.9:own', 1), doc('0.8:any', 1), doc('0.7:own', 0), doc('0.6:any', 0), doc('0.1:none', 0), doc('0.75:none', 1)];
    const own = fake((t) => t.endsWith('own'));
    const any = fake((t) => !t.endsWith('none'));
    const [rates] = labelRates(docs, ['scam'], judgeUnderBothRules(docs, own, any));
    expect(rates).toMatchObject({ positives: 3, negatives: 3, caught: 1 / 3, falseLabels: 1 / 3, caughtAnyReason: 2 / 3, falseAnyReason: 2 / 3 });
    // One negative may pass: the bar is the second-highest negative score, 0.6; 0.9, 0.8 and 0.75 clear it.
    expect(rates!.caughtByThreshold).toBe(1);
    expect(formatLabelRates([rates!])).toContain('| scam | 3 / 3 | 33.3% | 33.3% | 66.7% | 66.7% | 100.0% |');
  });

  it('counts the blind spots: ordinary posts labelled outrage or fear per source, ads labelled scam, posts with several labels', () => {
    const judgement = (labels: Category[]): Judgement => ({ scores: {} as Record<Category, number>, labels, reasons: [] });
    const docs: Doc[] = [
      { text: 'calm', source: 'tweets', platform: 'twitter', detail: '', labels: { outrage: 0 } },
      { text: 'loud', source: 'tweets', platform: 'twitter', detail: '', labels: { outrage: 0 } },
      { text: 'sale', source: 'pairs', platform: 'x', detail: 'fomo', labels: { fomo: 1 } },
    ];
    const own = { calm: [], loud: ['fear'], sale: ['fomo'] } as Record<string, Category[]>;
    const any = { calm: [], loud: ['fear', 'outrage'], sale: ['fomo', 'scam'] } as Record<string, Category[]>;
    const judged = judgeUnderBothRules(docs, (t) => judgement(own[t]!), (t) => judgement(any[t]!));
    const text = blindSpots(docs, judged);
    expect(text).toContain('| tweets (2) | 50.0% | 50.0% |');
    expect(text).toContain('Written pressure ads labelled scam: 0 of 1 (any reason: 1).');
    expect(text).toContain('Posts with a manipulation label that carry two or more: 0 of 2 (any reason: 2).');
  });
});
