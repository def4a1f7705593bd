import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './categories';
import { CUES } from './cue-list';
import { WEIGHTS } from './weights.generated';

describe('shipped weights', () => {
  it('match the heads and cue list of this code', () => {
    expect(WEIGHTS.heads).toEqual([...CATEGORIES]);
    expect(WEIGHTS.cueKeys).toEqual(CUES.map((c) => c.key));
  });

  it('are stamped with the command and data that made them', () => {
    expect(WEIGHTS.stamp.command).toBe('npm run train');
    expect(WEIGHTS.stamp.data.length).toBeGreaterThan(5);
    for (const d of WEIGHTS.stamp.data) expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stay under the 400 KB budget', () => {
    expect(statSync(join(__dirname, 'weights.generated.ts')).size).toBeLessThan(400 * 1024);
  });

  it('hold the ai head off links, @mentions, hashtags and emoji', () => {
    for (const key of ['emoji', 'link', 'mention', 'hashtag', 'emoji_mood', 'list_layout', 'paragraphs']) {
      expect(WEIGHTS.cueWeights[0]![CUES.findIndex((c) => c.key === key)]).toBe(0);
    }
  });
});
