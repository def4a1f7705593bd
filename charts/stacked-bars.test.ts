import { describe, expect, it } from 'vitest';
import { formatTick, scaleHours } from './hour-scale';
import { layOutStackedBars } from './stacked-bars';

const H = 3_600_000;
const box = { width: 408, height: 200, left: 40, bottom: 30, top: 10 };

describe('stacked bar geometry', () => {
  it('chooses round hour ticks above the largest day', () => {
    expect(scaleHours(0)).toEqual({ maxMs: H, ticks: [0, H / 2, H] });
    expect(scaleHours(3.2 * H)).toEqual({ maxMs: 4 * H, ticks: [0, H, 2 * H, 3 * H, 4 * H] });
    expect(scaleHours(9 * H).ticks.map(formatTick)).toEqual(['0', '3 h', '6 h', '9 h']);
    expect(scaleHours(20 * 60_000).ticks.map(formatTick)).toEqual(['0', '15 min', '30 min']);
  });

  it('stacks the parts from the axis up and scales the tallest bar to fit', () => {
    const layout = layOutStackedBars(
      [
        { key: 'mon', label: 'Mon', parts: [{ key: 'consume', value: 2 * H }, { key: 'create', value: 2 * H }] },
        { key: 'tue', label: 'Tue', parts: [{ key: 'consume', value: 0 }, { key: 'create', value: H }] },
      ],
      box,
    );
    expect(layout.plot).toEqual({ left: 40, top: 10, right: 400, bottom: 170 });
    const [mon, tue] = layout.bars;
    // 180 px per slot, bars 108 px wide and centred in it.
    expect(mon!.parts.map((p) => [p.key, p.x, p.y, p.width, p.height])).toEqual([['consume', 76, 90, 108, 80], ['create', 76, 10, 108, 80]]);
    expect(mon!.top).toBe(10);
    expect(tue!.parts.map((p) => p.key)).toEqual(['create']);
    expect(tue!.centre).toBe(310);
    expect(layout.ticks.map((t) => t.y)).toEqual([170, 130, 90, 50, 10]);
  });

  it('puts the goal line on the same scale, stretching the axis up to a goal above every day', () => {
    const days = [{ key: 'mon', label: 'Mon', parts: [{ key: 'consume', value: H }] }];
    const below = layOutStackedBars(days, box, 3 * H);
    expect(below.scale.maxMs).toBe(3 * H);
    expect(below.goalY).toBe(10);
    expect(below.bars[0]!.top).toBeCloseTo(170 - 160 / 3);
    const above = layOutStackedBars([{ key: 'mon', label: 'Mon', parts: [{ key: 'consume', value: 4 * H }] }], box, 2 * H);
    expect(above.goalY).toBe(90);
    expect(layOutStackedBars(days, box).goalY).toBeNull();
  });

  it('draws an empty week as an axis with no bars', () => {
    const layout = layOutStackedBars([{ key: 'mon', label: 'Mon', parts: [{ key: 'consume', value: 0 }] }], box);
    expect(layout.bars[0]!.parts).toEqual([]);
    expect(layout.scale.maxMs).toBe(H);
  });
});
