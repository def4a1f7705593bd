/**
 * Geometry of a two-sided bar chart: for each day one value rises above a middle axis (creating)
 * and another falls below it (consuming), on one shared scale so the two compare honestly.
 */
import { scaleHours, type TimeScale } from './hour-scale';
import type { Box } from './stacked-bars';

export interface Pair {
  key: string;
  label: string;
  up: number;
  down: number;
}

export interface PlacedPair {
  key: string;
  label: string;
  centre: number;
  up: { value: number; y: number; height: number };
  down: { value: number; y: number; height: number };
}

export interface DivergingLayout {
  pairs: PlacedPair[];
  x: number;
  barWidth: number;
  /** y of the middle axis. */
  axis: number;
  scale: TimeScale;
  /** Ticks above and below the axis (each value once per side; 0 is the axis itself). */
  ticks: { value: number; y: number }[];
  plot: { left: number; top: number; right: number; bottom: number };
}

const BAR_SHARE = 0.6;

export function layOutDivergingBars(pairs: readonly Pair[], box: Box): DivergingLayout {
  const scale = scaleHours(Math.max(0, ...pairs.flatMap((pair) => [pair.up, pair.down])), 2);
  const plot = { left: box.left, top: box.top, right: box.width - 8, bottom: box.height - box.bottom };
  const axis = (plot.top + plot.bottom) / 2;
  const half = axis - plot.top;
  const slot = (plot.right - plot.left) / Math.max(1, pairs.length);
  const barWidth = slot * BAR_SHARE;
  const lengthOf = (value: number) => (Math.max(0, value) / scale.maxMs) * half;
  return {
    pairs: pairs.map((pair, i) => {
      const centre = plot.left + i * slot + slot / 2;
      const up = lengthOf(pair.up);
      const down = lengthOf(pair.down);
      return { key: pair.key, label: pair.label, centre, up: { value: pair.up, y: axis - up, height: up }, down: { value: pair.down, y: axis, height: down } };
    }),
    x: plot.left,
    barWidth,
    axis,
    scale,
    ticks: scale.ticks.filter((value) => value > 0).flatMap((value) => [{ value, y: axis - lengthOf(value) }, { value, y: axis + lengthOf(value) }]),
    plot,
  };
}
