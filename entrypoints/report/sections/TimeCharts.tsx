import { BalanceChart } from '../../../components/BalanceChart';
import { formatMinutes } from '../../../components/format-minutes';
import { StackedDayChart } from '../../../components/StackedDayChart';
import type { WeekFigures } from '../../../summary/week-figures';
import { dayLabel } from './day-label';

const SERIES = [
  { key: 'consume', label: 'Consuming', color: 'var(--consume)' },
  { key: 'create', label: 'Creating', color: 'var(--create)' },
  { key: 'neutral', label: 'Neither', color: 'var(--neutral)' },
];

/** Screen time per day, then consuming against creating per day. */
export function TimeCharts({ week }: { week: WeekFigures }) {
  const browserCreateMs = week.createMs - week.offlineCreateMs;
  return (
    <>
      <section class="card card--wide" aria-labelledby="screen-heading">
        <h2 id="screen-heading">Screen time per day</h2>
        <p class="figure">
          <span class="figure__value" data-figure="week-screen">{formatMinutes(week.screenMs)}</span>{' '}
          <span class="muted">in the browser this week{compare(week.screenMs, week.previousScreenMs)}</span>
        </p>
        <StackedDayChart
          label="Screen time per day"
          series={SERIES}
          stacks={week.days.map((day) => ({
            key: day.date,
            label: dayLabel(day.date),
            parts: [
              { key: 'consume', value: day.consumeMs },
              { key: 'create', value: day.createMs },
              { key: 'neutral', value: day.neutralMs },
            ],
          }))}
        />
      </section>
      <section class="card card--wide" aria-labelledby="balance-heading">
        <h2 id="balance-heading">Consume vs create per day</h2>
        <p class="figure">
          Created <strong data-figure="week-create">{formatMinutes(week.createMs)}</strong>
          {week.offlineCreateMs > 0 && <span class="muted"> ({formatMinutes(browserCreateMs)} in the browser, {formatMinutes(week.offlineCreateMs)} offline)</span>}
          {' · '}consumed <strong data-figure="week-consume">{formatMinutes(week.consumeMs)}</strong>
          {week.faceToFace > 0 && <span class="muted"> · met someone face to face {week.faceToFace === 1 ? 'once' : `${week.faceToFace} times`}</span>}
        </p>
        <BalanceChart
          label="Created and consumed per day"
          pairs={week.days.map((day) => ({ key: day.date, label: dayLabel(day.date), up: day.createMs + day.offlineCreateMs, down: day.consumeMs }))}
        />
      </section>
    </>
  );
}

function compare(now: number, before: number): string {
  if (before === 0) return '';
  const change = now - before;
  if (Math.abs(change) < before * 0.05) return ', about the same as the week before';
  return `, ${formatMinutes(Math.abs(change))} ${change < 0 ? 'less' : 'more'} than the week before`;
}
