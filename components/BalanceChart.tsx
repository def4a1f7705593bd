import { formatTick } from '../charts/hour-scale';
import { layOutDivergingBars, type Pair } from '../charts/diverging-bars';
import { formatMinutes } from '../text/format-minutes';
import { message } from '../text/i18n';
import { useWidth } from './use-width';

const BOX = { width: 880, height: 230, left: 44, bottom: 24, top: 10 };

/** Creating above the line, consuming below it, day by day on one scale. */
export function BalanceChart({ pairs, label }: { pairs: Pair[]; label: string }) {
  const [ref, width] = useWidth<HTMLElement>(BOX.width);
  const box = { ...BOX, width: Math.max(280, width) };
  const layout = layOutDivergingBars(pairs, box);
  const description = layout.pairs.map((p) => message('commonBalanceChartDay', [p.label, formatMinutes(p.up.value), formatMinutes(p.down.value)])).join('; ');
  const half = layout.barWidth / 2;
  return (
    <figure class="chart" ref={ref}>
      <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={message('commonChartDescription', [label, description])} class="chart__svg">
        {layout.ticks.map((tick) => (
          <g key={`${tick.value}-${tick.y}`} class="chart__tick">
            <line x1={layout.plot.left} x2={layout.plot.right} y1={tick.y} y2={tick.y} />
            <text x={layout.plot.left - 6} y={tick.y} dy="0.32em" text-anchor="end">{formatTick(tick.value)}</text>
          </g>
        ))}
        {layout.pairs.map((p) => (
          <g key={p.key}>
            {p.up.height > 0 && <rect class="chart__part chart__part--create" x={p.centre - half} y={p.up.y} width={layout.barWidth} height={p.up.height} rx={2} fill="var(--create)" />}
            {p.down.height > 0 && <rect class="chart__part chart__part--consume" x={p.centre - half} y={p.down.y} width={layout.barWidth} height={p.down.height} rx={2} fill="var(--consume)" />}
            <text class="chart__label" x={p.centre} y={box.height - 6} text-anchor="middle">{p.label}</text>
          </g>
        ))}
        <line class="chart__axis" x1={layout.plot.left} x2={layout.plot.right} y1={layout.axis} y2={layout.axis} />
      </svg>
      <figcaption class="chart__legend">
        <span><span class="chart__swatch" style={{ background: 'var(--create)' }} aria-hidden="true" /> {message('commonBalanceChartCreated')}</span>
        <span><span class="chart__swatch" style={{ background: 'var(--consume)' }} aria-hidden="true" /> {message('commonBalanceChartConsumed')}</span>
      </figcaption>
    </figure>
  );
}
