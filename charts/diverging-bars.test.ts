import { describe, expect, it } from 'vitest';
import { layOutDivergingBars } from './diverging-bars';

const H = 3_600_000;

describe('two-sided bar geometry', () => {
  it('puts creating above the axis and consuming below it, on one scale', () => {
    const layout = layOutDivergingBars(
      [
        { key: 'mon', label: 'Mon', up: H, down: 2 * H },
        { key: 'tue', label: 'Tue', up: 0, down: 0 },
      ],
      { width: 208, height: 220, left: 0, bottom: 20, top: 0 },
    );
    expect(layout.axis).toBe(100);
    expect(layout.scale.maxMs).toBe(2 * H);
    const [mon, tue] = layout.pairs;
    expect(mon!.up).toEqual({ value: H, y: 50, height: 50 });
    expect(mon!.down).toEqual({ value: 2 * H, y: 100, height: 100 });
    expect(tue!.up.height).toBe(0);
    expect(layout.ticks.map((t) => t.y)).toEqual([50, 150, 0, 200]);
  });
});
