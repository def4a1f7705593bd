import { describe, expect, it } from 'vitest';
import { parseAccuracy, parseBlindSpots, parseDataSources, parseMeanings } from './model-card-facts';

const CARD = `# Model card

| label | what it flags | example cues shown to you |
|---|---|---|
| \`ai\` | the text was likely written by a language model | "em dashes" |
| \`scam\` | phishing, fake prizes | "prize bait: 'you have won'" |

## Measured quality

| head | held-out source | pos / neg | AUROC | Δ AUROC | PR-AUC | recall @1% FPR | recall @5% FPR |
|---|---|---|---|---|---|---|---|
| ai | SQuAD answers | 500 / 800 | 0.912 (0.850) | +0.062 | 0.880 (0.800) | 0.310 (0.200) | 0.640 (0.500) |
| outrage | tweets 2013 | 120 / 900 | 0.870 (0.861) | +0.009 | 0.700 (0.690) | – (–) | 0.410 (0.400) |

## Blind spots

- **Formal human writing vs \`ai\`.** Polished human writing
  can look AI-written to it.
- **English only.** Other languages get style-only judgements.

## Next
`;

describe('facts read from docs/model-card.md', () => {
  it('keeps the model\'s figures of the accuracy table, not the baseline\'s', () => {
    const accuracy = parseAccuracy(CARD)!;
    expect(accuracy.headers).toEqual(['held-out source', 'pos / neg', 'AUROC', 'Δ AUROC', 'PR-AUC', 'recall @1% FPR', 'recall @5% FPR']);
    expect(accuracy.rows.map((r) => r.category)).toEqual(['ai', 'outrage']);
    expect(accuracy.rows[0]!.cells).toMatchObject({ 'held-out source': 'SQuAD answers', AUROC: '0.912', 'recall @5% FPR': '0.640' });
    expect(accuracy.rows[1]!.cells['recall @1% FPR']).toBe('–');
  });

  it('reads what each label flags, and the blind spots, joining wrapped lines', () => {
    expect(parseMeanings(CARD)).toEqual({
      ai: { flags: 'the text was likely written by a language model', cues: '"em dashes"' },
      scam: { flags: 'phishing, fake prizes', cues: '"prize bait: \'you have won\'"' },
    });
    expect(parseBlindSpots(CARD)).toEqual([
      { title: 'Formal human writing vs ai.', text: 'Polished human writing can look AI-written to it.' },
      { title: 'English only.', text: 'Other languages get style-only judgements.' },
    ]);
  });

  it('says there is nothing when the card does not have it yet (a placeholder instead of the table)', () => {
    const draft = '# Model card\n\n## Measured quality\n\nEVAL_TABLE\n';
    expect(parseAccuracy(draft)).toBeNull();
    expect(parseMeanings(draft)).toBeNull();
    expect(parseBlindSpots(draft)).toBeNull();
    expect(parseAccuracy('| head | AUROC |\n|---|---|\n')).toBeNull();
  });
});

describe('the real docs/model-card.md', async () => {
  const { existsSync, readFileSync } = await import('node:fs');
  const path = new URL('../../docs/model-card.md', import.meta.url);
  it.skipIf(!existsSync(path))('names what every label flags and lists blind spots', () => {
    const card = readFileSync(path, 'utf8');
    expect(Object.keys(parseMeanings(card) ?? {}).sort()).toEqual(['ai', 'clickbait', 'engagement_bait', 'fear', 'fomo', 'outrage', 'scam']);
    expect(parseBlindSpots(card)?.length).toBeGreaterThan(2);
  });
  it.skipIf(!existsSync(path))('credits every training set with its licence, as the data README asks', () => {
    const sources = parseDataSources(readFileSync(path, 'utf8')) ?? [];
    const credits = sources.map((source) => `${source.data} ${source.licence}`).join('\n');
    for (const name of ['Stop Clickbait', 'GoEmotions', 'SMS Spam', 'VADER', 'MGTBench', 'Janitr', 'SeqXGPT', 'Fast-DetectGPT', 'Davidson', 'HateXplain',
      'Implicit Hate', 'YouTube Spam']) expect(credits).toContain(name);
    expect(credits).toContain('CC BY 4.0');
  });
});
