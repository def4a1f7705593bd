// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PauseChoice } from '../pause/decide-card';
import { BREAK_MS, createPauseCard, UNDO_MS } from './pause-card';

/** A card with a clock the test moves by hand. */
function mount(isFirst = false) {
  let now = 1_800_000_000_000;
  const ticks = new Map<number, () => void>();
  let nextId = 1;
  const chosen: PauseChoice[] = [];
  let breaksEnded = 0;
  const card = createPauseCard({
    card: { trigger: 'provocation', stretchMs: 25 * 60_000, run: { flagged: 7, window: 10, counts: { outrage: 5, fear: 2 } }, isFirst },
    siteName: 'X',
    tone: 'light',
    choose: (choice) => chosen.push(choice),
    endBreak: () => breaksEnded++,
    setInterval: (handler) => {
      ticks.set(nextId, handler);
      return nextId++;
    },
    clearInterval: (id) => ticks.delete(id),
    now: () => now,
  });
  document.body.replaceChildren(Object.assign(document.createElement('article'), { textContent: 'a post' }));
  document.body.firstElementChild!.after(card);
  const shadow = card.shadowRoot!;
  return {
    card,
    chosen,
    breaksEnded: () => breaksEnded,
    text: () => shadow.textContent ?? '',
    click: (action: string) => (shadow.querySelector(`button[data-action="${action}"]`) as HTMLButtonElement).click(),
    wait: (ms: number) => {
      now += ms;
      for (const tick of [...ticks.values()]) tick();
    },
    focused: () => (shadow.activeElement as HTMLElement | null)?.dataset.action,
  };
}

describe('the pause card', () => {
  it('says what happened with the figures and offers three ways on, plus a pause for today', () => {
    const ui = mount();
    expect(ui.text()).toContain('25 min on X. 7 of the last 10 posts were built to provoke: outrage 5, fear 2.');
    expect(ui.text()).toContain('Keep scrolling');
    expect(ui.text()).toContain('Take two minutes');
    expect(ui.text()).toContain('Done for now');
    expect(ui.text()).toContain('No more cards today');
    expect(ui.card.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).toBe('A pause from Realign');
  });

  it('explains itself and how to turn it off the first time only', () => {
    expect(mount(true).text()).toContain('turn it off under Settings');
    expect(mount(false).text()).not.toContain('turn it off');
  });

  it('"Keep scrolling" and "No more cards today" say so to the background and leave the feed', () => {
    const keep = mount();
    keep.click('keep-scrolling');
    expect(keep.chosen).toEqual(['keep-scrolling']);
    expect(keep.card.isConnected).toBe(false);
    const today = mount();
    today.click('pause-today');
    expect(today.chosen).toEqual(['pause-today']);
    expect(today.card.isConnected).toBe(false);
  });

  it('"Take two minutes" counts down two minutes in the card, then says it is over', () => {
    const ui = mount();
    ui.click('take-two');
    expect(ui.chosen).toEqual(['take-two']);
    expect(ui.text()).toContain('2:00 left');
    expect(ui.focused()).toBe('back');
    ui.wait(15_000);
    expect(ui.text()).toContain('1:45 left');
    ui.wait(BREAK_MS);
    expect(ui.text()).toContain('The feed will still be here');
    ui.click('back');
    expect(ui.card.isConnected).toBe(false);
    // The break ran its two minutes: the tracker ends it on its own, nothing more to say.
    expect(ui.breaksEnded()).toBe(0);
  });

  it('going back to the feed before the two minutes are up tells the background the break is over', () => {
    const ui = mount();
    ui.click('take-two');
    ui.wait(30_000);
    ui.click('back');
    expect(ui.breaksEnded()).toBe(1);
    expect(ui.card.isConnected).toBe(false);
  });

  it('"Done for now" waits 3 seconds with an Undo before asking to close the tab', () => {
    const ui = mount();
    ui.click('done');
    expect(ui.text()).toContain('Closing this tab in 3 s.');
    expect(ui.focused()).toBe('undo');
    ui.wait(UNDO_MS - 1_000);
    expect(ui.chosen).toEqual([]);
    ui.wait(1_000);
    expect(ui.chosen).toEqual(['done']);
  });

  it('Undo keeps the tab and brings the card back', () => {
    const ui = mount();
    ui.click('done');
    ui.wait(1_000);
    ui.click('undo');
    ui.wait(UNDO_MS);
    expect(ui.chosen).toEqual(['undo-done']);
    expect(ui.text()).toContain('Keep scrolling');
  });
});
