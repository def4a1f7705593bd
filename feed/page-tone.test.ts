// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseComputedColor, readPageTone, TONE_CHECK_DELAY_MS, toneOf, watchPageTone, type Tone } from './page-tone';

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

describe('the tone of a page from its colours', () => {
  it('reads the colours getComputedStyle gives', () => {
    expect(parseComputedColor('rgb(21, 32, 43)')).toEqual([21, 32, 43, 1]);
    expect(parseComputedColor('rgba(255, 255, 255, 0.5)')).toEqual([255, 255, 255, 0.5]);
    expect(parseComputedColor('rgb(0 0 0 / 40%)')).toEqual([0, 0, 0, 0.4]);
    expect(parseComputedColor('color(srgb 1 1 1)')).toBeNull();
    expect(parseComputedColor('')).toBeNull();
  });

  it("takes the body's background, then the root's, when it is opaque", () => {
    expect(toneOf({ backgrounds: ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'], text: 'rgb(0, 0, 0)', prefersDark: false })).toBe('dark');
    expect(toneOf({ backgrounds: [TRANSPARENT, 'rgb(21, 32, 43)'], text: TRANSPARENT, prefersDark: false })).toBe('dark');
    expect(toneOf({ backgrounds: [TRANSPARENT, 'rgb(255, 255, 255)'], text: 'rgb(255, 255, 255)', prefersDark: true })).toBe('light');
    // Mid-grey sides with light: a label's dark text stays readable on it.
    expect(toneOf({ backgrounds: ['rgb(136, 136, 136)'], text: '', prefersDark: true })).toBe('light');
  });

  it('goes by the text colour when no background is set, and by the system last', () => {
    expect(toneOf({ backgrounds: [TRANSPARENT, TRANSPARENT], text: 'rgb(231, 233, 234)', prefersDark: false })).toBe('dark');
    expect(toneOf({ backgrounds: [TRANSPARENT, TRANSPARENT], text: 'rgb(15, 20, 25)', prefersDark: true })).toBe('light');
    expect(toneOf({ backgrounds: ['', ''], text: '', prefersDark: true })).toBe('dark');
    expect(toneOf({ backgrounds: ['', ''], text: '', prefersDark: false })).toBe('light');
  });
});

describe('the tone of a live page', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    document.body.removeAttribute('style');
    document.documentElement.removeAttribute('class');
    document.head.innerHTML = '';
  });

  it('reads the body, and hears a theme switched by an inline style or a class', async () => {
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    expect(readPageTone(document)).toBe('dark');

    const heard: Tone[] = [];
    const watch = watchPageTone(document, { setTimeout: (handler) => void setTimeout(handler, 0), nextFrame: (handler) => handler() }, (tone) =>
      heard.push(tone),
    );
    stop = watch.stop;
    expect(watch.current()).toBe('dark');

    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    await vi.waitFor(() => expect(heard).toEqual(['light']));
    expect(watch.current()).toBe('light');

    const style = document.createElement('style');
    style.textContent = 'html.night body { background-color: rgb(21, 32, 43) !important; }';
    document.head.append(style);
    document.documentElement.className = 'night';
    await vi.waitFor(() => expect(heard).toEqual(['light', 'dark']));
  });

  it('stays quiet when an attribute changes but the tone does not, and after it is stopped', async () => {
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    const onChange = vi.fn();
    const frames: (() => void)[] = [];
    const setTimeout = (handler: () => void, ms: number) => {
      expect(ms).toBe(TONE_CHECK_DELAY_MS);
      frames.push(handler);
    };
    const watch = watchPageTone(document, { setTimeout, nextFrame: (handler) => handler() }, onChange);
    stop = watch.stop;
    document.body.setAttribute('data-scroll-locked', '');
    document.body.style.color = 'rgb(10, 10, 10)';
    await Promise.resolve(); // mutation records are delivered in a microtask
    expect(frames).toHaveLength(1); // two changes, one read after the delay
    frames.shift()!();
    expect(onChange).not.toHaveBeenCalled();

    watch.stop();
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    await Promise.resolve();
    expect(frames).toHaveLength(0);
  });
});
