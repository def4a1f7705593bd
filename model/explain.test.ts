import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './categories';
import { explainHead, MIN_REASON_LOGIT } from './explain';
import { extractFeatures } from './features';
import { judge } from './index';
import { loadModel } from './load-model';
import { scoreLogits } from './score';
import { WEIGHTS } from './weights.generated';

const model = loadModel(WEIGHTS);
const POSTS = [
  'These corrupt idiots HATE working people. SHARE if you agree!!!',
  'Only 3 left! Sale ends tonight, grab yours now 🔥',
  "Honestly, it's important to note that growth isn't linear — it's a journey. Ultimately, consistency matters.",
  'URGENT: your account has been suspended. Verify your identity at secure-login.example.com within 24 hours.',
];

describe('reasons', () => {
  it('each reason stands for a positive contribution of at least MIN_REASON_LOGIT', () => {
    for (const text of POSTS) {
      const f = extractFeatures(text, model.lexicon);
      scoreLogits(f, model, new Float64Array(CATEGORIES.length));
      for (let h = 0; h < CATEGORIES.length; h++) {
        for (const [, contribution] of explainHead(f, model, h)) expect(contribution).toBeGreaterThanOrEqual(MIN_REASON_LOGIT);
      }
    }
  });

  it('quotes the words of the post that matched', () => {
    const j = judge(POSTS[1]!);
    expect(j.reasons.map((r) => r.text)).toContainEqual(expect.stringMatching(/'(only 3 left|ends tonight)'/));
  });

  it('orders reasons by contribution and keeps a few per label', () => {
    for (const text of POSTS) {
      const j = judge(text);
      for (const c of j.labels) {
        const n = j.reasons.filter((r) => r.category === c).length;
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThanOrEqual(3);
      }
    }
  });
});
