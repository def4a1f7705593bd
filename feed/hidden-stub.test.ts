// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Judgement } from '../model/judge';
import { createPostLabel } from './post-label';

const judgement: Judgement = {
  scores: { ai: 0, outrage: 0.9, fear: 0, clickbait: 0.8, fomo: 0, scam: 0.95, engagement_bait: 0 },
  labels: ['clickbait', 'scam'],
  strength: { clickbait: 'some', scam: 'strong' },
  reasons: [{ category: 'scam', text: 'asks for money' }],
} as Judgement;

function post(): HTMLElement {
  const el = document.createElement('article');
  el.innerHTML = '<p>Send 1 BTC, get 2 back</p>';
  document.body.append(el);
  return el;
}
const badgeBox = (el: Element) => el.querySelector('realign-badge')!.shadowRoot!.querySelector<HTMLElement>('.badge')!;
const text = (el: Element) => Array.from(badgeBox(el).querySelectorAll('.line')).map((line) => line.textContent);
const buttons = (el: Element) => Array.from(badgeBox(el).querySelectorAll('button')).map((button) => button.textContent);

describe("a hidden post's stub", () => {
  it('is one line that keeps the author, the scam first, and the way to show the post', () => {
    const el = post();
    createPostLabel(el, null, () => {}).show(judgement, ['clickbait', 'scam'], { mode: 'hide', tone: 'light', author: '@someone' }, false);
    expect(text(el)).toEqual(['Hidden: Scam, Clickbait · @someone']);
    expect(buttons(el)).toEqual(['Show post']);
    expect(el.querySelector('p')!.style.getPropertyValue('display')).toBe('none');
  });

  it('says what it was without an author where the page names none', () => {
    const el = post();
    createPostLabel(el, null, () => {}).show(judgement, ['clickbait'], { mode: 'hide', tone: 'dark', author: null }, false);
    expect(text(el)).toEqual(['Hidden: Clickbait']);
  });

  it('shows the full label, with its reasons, once the person opens the post', () => {
    const el = post();
    createPostLabel(el, null, () => {}).show(judgement, ['scam'], { mode: 'hide', tone: 'light', author: '@someone' }, false);
    badgeBox(el).querySelector<HTMLButtonElement>('[data-action="reveal"]')!.click();
    expect(text(el)[0]).toMatch(/^Scam · /);
    expect(buttons(el)).toEqual(['Cover again', 'Not helpful']);
  });
});

describe('a label in its kind’s colour', () => {
  it('wears the lead kind on the box (a scam over anything else) and each kind on its own line', () => {
    const el = post();
    createPostLabel(el, null, () => {}).show(judgement, ['clickbait', 'scam'], { mode: 'label', tone: 'light' }, false);
    expect(badgeBox(el).classList).toContain('badge--scam');
    expect(Array.from(badgeBox(el).querySelectorAll('.line')).map((line) => line.className)).toEqual(['line line--clickbait', 'line line--scam']);
  });
});
