import { describe, expect, it } from 'vitest';
import english from '../public/_locales/en/messages.json';
import { CUES } from '../model/cue-list';
import { WORDING_REASONS } from '../model/explain';
import { judge } from '../model';
import { localReason, REASON_MESSAGES, recogniseReason } from './reason-text';

const WORDS = "ends tonight, don't wait";


describe('reasons shown in the person’s language', () => {
  it('has a message in the English file for every reason a cue can give', () => {
    const templates = new Set(REASON_MESSAGES.map((r) => r.template));
    for (const cue of CUES) if (cue.reason !== null) expect(templates, cue.key).toContain(cue.reason);
    for (const { key } of REASON_MESSAGES) expect(english, key).toHaveProperty(key);
  });

  it('keeps the English wording the model stores, words and all', () => {
    for (const { template, key } of REASON_MESSAGES) {
      const text = template.replace('%', WORDS);
      expect(recogniseReason(text), text).toEqual({ key, words: template.includes('%') ? [WORDS] : [] });
      expect(localReason(text)).toBe(text);
    }
  });

  it('recognises a quoting cue that fired without words to quote', () => {
    expect(recogniseReason('urgency')).toEqual({ key: 'reasonUrgencyUnquoted', words: [] });
    expect(recogniseReason('threat or romance script')).toEqual({ key: 'reasonExtortionUnquoted', words: [] });
  });

  it('recognises the wording-as-a-whole reasons', () => {
    expect(recogniseReason(WORDING_REASONS.ai)).not.toBeNull();
    expect(recogniseReason(WORDING_REASONS.manipulation)).toEqual({ key: 'reasonTypicalWording', words: [] });
  });

  it('recognises what the model writes for real posts', () => {
    const posts = ['These corrupt idiots HATE working people. SHARE if you agree!!!', 'Only 3 left! Sale ends tonight, grab yours now 🔥'];
    for (const post of posts) for (const reason of judge(post).reasons) expect(recogniseReason(reason.text), reason.text).not.toBeNull();
  });

  it('shows text from an older model as it was stored', () => {
    for (const text of ['spooky vibes', "urgency: '", "fear words: '", '']) {
      expect(recogniseReason(text)).toBeNull();
      expect(localReason(text)).toBe(text);
    }
  });
});
