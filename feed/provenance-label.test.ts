import { describe, expect, it } from 'vitest';
import { formatEnglish } from '../text/i18n';
import type { Judgement } from '../model/judge';
import type { Provenance, ProvenanceClaim } from '../sites/types';
import { describeLabel } from './badge';
import { CLAIM_MESSAGES, ENGLISH_REASONS, provenanceLine, withProvenance } from './provenance-label';

const scores: Judgement['scores'] = { ai: 0.03, outrage: 0.9, fear: 0, clickbait: 0, fomo: 0, scam: 0, engagement_bait: 0 };
const model: Judgement = { scores, labels: ['outrage'], strength: { outrage: 'some' }, reasons: [{ category: 'outrage', text: 'anger words' }] };

describe('platform provenance as evidence', () => {
  it("adds the ai label first, with the platform's words as its first reason, and leaves the model's scores", () => {
    const judged = withProvenance(model, { source: 'tiktok', says: 'ai-generated' });
    expect(judged.labels).toEqual(['ai', 'outrage']);
    expect(judged.reasons[0]).toEqual({ category: 'ai', text: 'TikTok marks this as AI-generated' });
    expect(judged.scores).toBe(scores);
    expect(withProvenance(model, undefined)).toBe(model);
  });

  it('says who marks it, and no percentage: the mark is not the model estimating', () => {
    const provenance: Provenance = { source: 'bluesky', says: 'labeler', label: 'AI Generated' };
    expect(describeLabel(withProvenance(model, provenance), 'ai', provenance)).toBe('Likely AI · a Bluesky labeler marks this ‘AI Generated’');
    expect(describeLabel(withProvenance(model, provenance), 'outrage', provenance)).toBe('Outrage · anger words · some signs');
  });

  it('stores the same English words the messages file shows', () => {
    for (const says of Object.keys(CLAIM_MESSAGES) as ProvenanceClaim[]) {
      const provenance: Provenance = { source: 'x', says, label: 'AI Generated' };
      expect(ENGLISH_REASONS[says]('X', 'AI Generated')).toBe(formatEnglish(CLAIM_MESSAGES[says], ['X', 'AI Generated']));
      expect(provenanceLine(provenance)).toBe(ENGLISH_REASONS[says]('X', 'AI Generated'));
    }
  });
});
