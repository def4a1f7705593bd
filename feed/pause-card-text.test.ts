import { describe, expect, it } from 'vitest';
import { formatClock, pauseCardFacts } from './pause-card-text';

describe('what the pause card says', () => {
  it('gives the stretch and the run with their figures, the larger kind first', () => {
    const card = { trigger: 'provocation' as const, stretchMs: 25 * 60_000, run: { flagged: 7, window: 10, counts: { fear: 2, outrage: 5 } }, isFirst: false };
    expect(pauseCardFacts(card, 'X')).toBe('25 min on X. 7 of the last 10 posts were built to provoke: outrage 5, fear 2.');
  });

  it('says only the stretch when that was the trigger, and leaves out a stretch under a minute', () => {
    expect(pauseCardFacts({ trigger: 'stretch', stretchMs: 80 * 60_000, run: null, isFirst: true }, 'Reddit')).toBe('1 h 20 min on Reddit.');
    const run = { flagged: 6, window: 10, counts: { scam: 6 } };
    expect(pauseCardFacts({ trigger: 'provocation', stretchMs: 20_000, run, isFirst: true }, 'X')).toBe('6 of the last 10 posts were built to provoke: scam 6.');
  });

  it('shows the pause clock as minutes:seconds', () => {
    expect(formatClock(120_000)).toBe('2:00');
    expect(formatClock(104_500)).toBe('1:45');
    expect(formatClock(-5)).toBe('0:00');
  });
});
