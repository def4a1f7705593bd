/**
 * Geometry of a vertical stacked bar chart (one bar per day, parts stacked from the axis up):
 * plain numbers for an SVG to draw, so the layout is tested without a browser.
 */
import { scaleHours, type TimeScale } from './hour-scale';

export interface Stack {
  key: string;
  label: string;
  parts: { key: string; value: number }[];
}

export interface Box {
  width: number;
  height: number;
  /** Room for the axis labels: left for values, bottom for the bar labels. */
  left: number;
  bottom: number;
  top: number;
}

export interface PlacedPart {
  key: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedBar {
  key: string;
  label: string;
  total: number;
  /** Centre of the bar, for its label. */
  centre: number;
  /** Top of the stack, for a value written above it. */
  top: number;
  parts: PlacedPart[];
}

export interface StackedLayout {
  bars: PlacedBar[];
  scale: TimeScale;
  /** y of each tick, with its value. */
  ticks: { value: number; y: number }[];
  plot: { left: number; top: number; right: number; bottom: number };
  /** y of the goal line, when a goal was given: the scale reaches it even on days far below it. */
  goalY: number | null;
}

/** Bars take 60% of their slot: gaps wide enough to tell days apart in print. */
const BAR_SHARE = 0.6;

export function layOutStackedBars(stacks: readonly Stack[], box: Box, goalMs: number | null = null): StackedLayout {
  const scale = scaleHours(Math.max(0, goalMs ?? 0, ...stacks.map((stack) => total(stack))));
  const plot = { left: box.left, top: box.top, right: box.width - 8, bottom: box.height - box.bottom };
  const plotHeight = plot.bottom - plot.top;
  const slot = (plot.right - plot.left) / Math.max(1, stacks.length);
  const barWidth = slot * BAR_SHARE;
  const yOf = (value: number) => plot.bottom - (value / scale.maxMs) * plotHeight;
  const bars = stacks.map((stack, i) => {
    const x = plot.left + i * slot + (slot - barWidth) / 2;
    let base = 0;
    const parts = stack.parts.filter((part) => part.value > 0).map((part) => {
      const placed = { key: part.key, value: part.value, x, y: yOf(base + part.value), width: barWidth, height: yOf(base) - yOf(base + part.value) };
      base += part.value;
      return placed;
    });
    return { key: stack.key, label: stack.label, total: base, centre: x + barWidth / 2, top: yOf(base), parts };
  });
  return { bars, scale, ticks: scale.ticks.map((value) => ({ value, y: yOf(value) })), plot, goalY: goalMs === null ? null : yOf(goalMs) };
}

function total(stack: Stack): number {
  return stack.parts.reduce((sum, part) => sum + Math.max(0, part.value), 0);
}
