// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { IntentionAnswer } from '../intention/intention';
import { createIntentionPrompt } from './intention-prompt';

function mount() {
  const chosen: IntentionAnswer[] = [];
  const prompt = createIntentionPrompt({ tone: 'dark', choose: (answer) => chosen.push(answer) });
  document.body.replaceChildren(prompt, Object.assign(document.createElement('article'), { textContent: 'a post' }));
  const shadow = prompt.shadowRoot!;
  const press = (answer: string) => (shadow.querySelector(`button[data-answer="${answer}"]`) as HTMLButtonElement).click();
  return { prompt, chosen, shadow, press };
}

describe('the intention check above the feed', () => {
  it('asks in one line with four answers and Skip, in the feed\'s tone', () => {
    const ui = mount();
    expect(ui.shadow.textContent).toContain('What are you here for?');
    expect([...ui.shadow.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Catch up', 'Reply to someone', 'Look something up', 'Unwind', 'Skip']);
    expect(ui.shadow.querySelector('section')!.className).toContain('card--dark');
  });

  it('keeps one tap and goes, leaving the feed as it was', () => {
    const ui = mount();
    ui.press('look-up');
    expect(ui.chosen).toEqual(['look-up']);
    expect(ui.prompt.isConnected).toBe(false);
    expect(document.querySelector('article')!.textContent).toBe('a post');
  });

  it('Skip is an answer too, so the stretch is not asked again', () => {
    const ui = mount();
    ui.press('skip');
    expect(ui.chosen).toEqual(['skip']);
    expect(ui.prompt.isConnected).toBe(false);
  });
});
