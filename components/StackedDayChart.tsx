import { formatTick } from '../charts/hour-scale';
import { layOutStackedBars, type Stack } from '../charts/stacked-bars';
import { formatMinutes } from '../text/format-minutes';
import { message } from '../text/i18n';
import { useWidth } from './use-width';

export interface SeriesStyle {
  key: string;
  label: string;
  /** A CSS colour or variable. */
  color: string;
}

const BOX = { width: 880, height: 230, left: 44, bottom: 28, top: 20 };
/** Narrower than this per bar, the values above the bars would collide: the label carries them. */
const MIN_SLOT_FOR_VALUES = 70;

export interface StackedDayChartProps {
  stacks: Stack[];
  series: SeriesStyle[];
  label: string;
  /** The person's daily goal, drawn as a dashed line across the days; null for none. */
  goalMs?: number | null;
  /** The stack of a day still in progress (today): drawn hatched and said to be unfinished. */
  unfinishedKey?: string | null;
}

/**
 * Time per day as stacked bars, drawn as SVG that scales with its card and prints. The chart is
 * one image to assistive technology, with the figures, the goal and the unfinished day in its label.
 */
export function StackedDayChart({ stacks, series, label, goalMs = null, unfinishedKey = null }: StackedDayChartProps) {
  const [ref, width] = useWidth<HTMLElement>(BOX.width);
  const box = { ...BOX, width: Math.max(280, width) };
  const layout = layOutStackedBars(stacks, box, goalMs);
  const showValues = (layout.plot.right - layout.plot.left) / Math.max(1, stacks.length) >= MIN_SLOT_FOR_VALUES;
  const colorOf = (key: string) => series.find((s) => s.key === key)?.color ?? 'var(--accent)';
  const hasUnfinished = layout.bars.some((bar) => bar.key === unfinishedKey);
  const description = describe(layout.bars, label, goalMs, unfinishedKey);
  return (
    <figure class="chart" ref={ref}>
      <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={description} class="chart__svg">
        {hasUnfinished && (
          <defs>
            {/* Stripes of the card's own colour over the bar: lighter, and still readable in print. */}
            <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="3" height="6" class="chart__hatch" />
            </pattern>
          </defs>
        )}
        {layout.ticks.map((tick) => (
          <g key={tick.value} class="chart__tick">
            <line x1={layout.plot.left} x2={layout.plot.right} y1={tick.y} y2={tick.y} />
            <text x={layout.plot.left - 6} y={tick.y} dy="0.32em" text-anchor="end">{formatTick(tick.value)}</text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <g key={bar.key}>
            {bar.parts.map((part) => (
              <rect key={part.key} x={part.x} y={part.y} width={part.width} height={part.height} rx={2} fill={colorOf(part.key)} class={`chart__part chart__part--${part.key}`} />
            ))}
            {bar.key === unfinishedKey &&
              bar.parts.map((part) => <rect key={`hatch-${part.key}`} x={part.x} y={part.y} width={part.width} height={part.height} rx={2} fill={`url(#${HATCH_ID})`} data-unfinished="" />)}
            {showValues && bar.total > 0 && <text class="chart__value" x={bar.centre} y={bar.top - 5} text-anchor="middle">{formatMinutes(bar.total)}</text>}
            <text class="chart__label" x={bar.centre} y={box.height - 8} text-anchor="middle">{bar.label}</text>
          </g>
        ))}
        <line class="chart__axis" x1={layout.plot.left} x2={layout.plot.right} y1={layout.plot.bottom} y2={layout.plot.bottom} />
        {layout.goalY !== null && goalMs !== null && (
          // Named in the legend, not beside the line: any label there would sit on a bar on some day.
          <line class="chart__goal" x1={layout.plot.left} x2={layout.plot.right} y1={layout.goalY} y2={layout.goalY} />
        )}
      </svg>
      <figcaption class="chart__legend">
        {series.map((s) => (
          <span key={s.key}>
            <span class="chart__swatch" style={{ background: s.color }} aria-hidden="true" /> {s.label}
          </span>
        ))}
        {goalMs !== null && (
          <span>
            <span class="chart__swatch chart__swatch--goal" aria-hidden="true" /> {message('reportChartGoalLine', [formatMinutes(goalMs)])}
          </span>
        )}
        {hasUnfinished && (
          <span>
            <span class="chart__swatch chart__swatch--unfinished" aria-hidden="true" /> {message('reportChartTodayUnfinished')}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

const HATCH_ID = 'realign-unfinished-day';

/** "Screen time per day. Mon 16: 2 h, …, Thu 19: 1 h so far (the day is not over). Daily goal: 3 h." */
function describe(bars: { key: string; label: string; total: number }[], label: string, goalMs: number | null, unfinishedKey: string | null): string {
  const figures = bars
    .map((bar) => message(bar.key === unfinishedKey ? 'reportChartDayFigureSoFar' : 'reportChartDayFigure', [bar.label, formatMinutes(bar.total)]))
    .join(', ');
  return goalMs === null ? message('reportChartDescription', [label, figures]) : message('reportChartDescriptionWithGoal', [label, figures, formatMinutes(goalMs)]);
}
