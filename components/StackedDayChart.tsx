import { formatTick } from '../charts/hour-scale';
import { layOutStackedBars, type Stack } from '../charts/stacked-bars';
import { formatMinutes } from './format-minutes';
import { message } from './i18n';
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

/**
 * Time per day as stacked bars, drawn as SVG that scales with its card and prints. The chart is
 * one image to assistive technology, with the figures in its label and in a table beside it.
 */
export function StackedDayChart({ stacks, series, label }: { stacks: Stack[]; series: SeriesStyle[]; label: string }) {
  const [ref, width] = useWidth<HTMLElement>(BOX.width);
  const box = { ...BOX, width: Math.max(280, width) };
  const layout = layOutStackedBars(stacks, box);
  const showValues = (layout.plot.right - layout.plot.left) / Math.max(1, stacks.length) >= MIN_SLOT_FOR_VALUES;
  const colorOf = (key: string) => series.find((s) => s.key === key)?.color ?? 'var(--accent)';
  const description = layout.bars.map((bar) => message('reportChartDayFigure', [bar.label, formatMinutes(bar.total)])).join(', ');
  return (
    <figure class="chart" ref={ref}>
      <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={message('reportChartDescription', [label, description])} class="chart__svg">
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
            {showValues && bar.total > 0 && <text class="chart__value" x={bar.centre} y={bar.top - 5} text-anchor="middle">{formatMinutes(bar.total)}</text>}
            <text class="chart__label" x={bar.centre} y={box.height - 8} text-anchor="middle">{bar.label}</text>
          </g>
        ))}
        <line class="chart__axis" x1={layout.plot.left} x2={layout.plot.right} y1={layout.plot.bottom} y2={layout.plot.bottom} />
      </svg>
      <figcaption class="chart__legend">
        {series.map((s) => (
          <span key={s.key}>
            <span class="chart__swatch" style={{ background: s.color }} aria-hidden="true" /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
