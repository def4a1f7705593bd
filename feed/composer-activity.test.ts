// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HEARTBEAT_EVERY_MS, isComposer, watchComposerActivity } from './composer-activity';

function page() {
  document.body.innerHTML = `
    <div contenteditable="true" id="editor"><p><span id="inside">draft</span></p></div>
    <textarea id="reply"></textarea>
    <input id="search" type="search">
    <div contenteditable="false" id="frozen"></div>`;
  let now = 1_000;
  const beats: number[] = [];
  const stop = watchComposerActivity({ target: document, now: () => now, beat: () => beats.push(now) });
  const type = (id: string, kind = 'keydown') => document.getElementById(id)!.dispatchEvent(new Event(kind, { bubbles: true }));
  return { beats, stop, type, advance: (ms: number) => (now += ms) };
}

describe('composer activity', () => {
  it('knows a composer from a search box', () => {
    page();
    expect(isComposer(document.getElementById('inside'))).toBe(true);
    expect(isComposer(document.getElementById('reply'))).toBe(true);
    expect(isComposer(document.getElementById('search'))).toBe(false);
    expect(isComposer(document.getElementById('frozen'))).toBe(false);
    expect(isComposer(document.body)).toBe(false);
  });

  it('beats at once when typing starts, then at most every 5 s', () => {
    const p = page();
    p.type('inside');
    for (let i = 0; i < 20; i++) {
      p.advance(1_000);
      p.type('reply', i % 2 ? 'input' : 'keydown');
    }
    // 20 s of typing: beats at 1 s, 6 s, 11 s, 16 s, 21 s.
    expect(p.beats).toEqual([1_000, 6_000, 11_000, 16_000, 21_000]);
    expect(p.beats[1]! - p.beats[0]!).toBe(HEARTBEAT_EVERY_MS);
  });

  it('ignores keys pressed outside a composer, and stops when told', () => {
    const p = page();
    p.type('search');
    document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
    expect(p.beats).toEqual([]);
    p.stop();
    p.type('reply');
    expect(p.beats).toEqual([]);
  });
});
