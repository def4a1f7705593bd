// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { HEAD_CARDS } from '../../../model';
import { CATEGORIES } from '../../../model/categories';
import { CatchChart } from './CatchChart';

function shown() {
  const root = document.createElement('div');
  render(<CatchChart />, root);
  const rows = Array.from(root.querySelectorAll('.catch-chart li'), (li) => ({
    category: li.getAttribute('data-category'),
    caught: li.querySelector('[data-figure="caught"]')?.textContent ?? '',
    ordinary: li.querySelector('[data-figure="ordinary"]')?.textContent ?? '',
    barWidth: (li.querySelector('.catch-chart__bar') as HTMLElement | null)?.style.width,
  }));
  return { root, rows };
}

describe('the model card leads with what each label catches', () => {
  it('says, for every label, the share of its kind caught and how often it lands on ordinary posts, from the shipped model', () => {
    const { rows } = shown();
    expect(rows.map((row) => row.category).sort()).toEqual([...CATEGORIES].sort());
    const scam = rows.find((row) => row.category === 'scam')!;
    const pct = (share: number) => `${Math.round(share * 100)}%`;
    expect(scam.caught).toBe(`caught ${pct(HEAD_CARDS.scam.caught.some)} of posts of this kind (${pct(HEAD_CARDS.scam.caught.strong)} with strong signs)`);
    expect(scam.ordinary).toMatch(/^labels about 1 in [\d,]+ ordinary posts$/);
    expect(scam.barWidth).toBe(`${HEAD_CARDS.scam.caught.some * 100}%`);
  });

  it('puts the label that catches most first, and keeps the bars out of the accessible text', () => {
    const { root, rows } = shown();
    const caught = rows.map((row) => HEAD_CARDS[row.category as keyof typeof HEAD_CARDS].caught.some);
    expect(caught).toEqual([...caught].sort((a, b) => b - a));
    for (const track of root.querySelectorAll('.catch-chart__track')) expect(track.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('ul')?.getAttribute('aria-labelledby')).toBe('glance-heading');
  });
});
