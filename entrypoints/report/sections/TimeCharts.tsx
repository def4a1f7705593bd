import { BalanceChart } from '../../../components/BalanceChart';
import { formatCount } from '../../../components/format';
import { formatMinutes } from '../../../components/format-minutes';
import { message, messagePlural } from '../../../components/i18n';
import { messageWith } from '../../../components/message-with';
import { StackedDayChart } from '../../../components/StackedDayChart';
import type { WeekFigures } from '../../../summary/week-figures';
import { dayLabel } from './day-label';

const series = () => [
  { key: 'consume', label: message('reportSeriesConsuming'), color: 'var(--consume)' },
  { key: 'create', label: message('reportSeriesCreating'), color: 'var(--create)' },
  { key: 'neutral', label: message('reportSeriesNeither'), color: 'var(--neutral)' },
];

/** Screen time per day, then consuming against creating per day. */
export function TimeCharts({ week }: { week: WeekFigures }) {
  const browserCreateMs = week.createMs - week.offlineCreateMs;
  return (
    <>
      <section class="card card--wide" aria-labelledby="screen-heading">
        <h2 id="screen-heading">{message('reportScreenHeading')}</h2>
        <p class="figure">
          <span class="figure__value" data-figure="week-screen">{formatMinutes(week.screenMs)}</span>{' '}
          <span class="muted">{screenCaption(week.screenMs, week.previousScreenMs, week.soFar)}</span>
        </p>
        <StackedDayChart
          label={message('reportScreenHeading')}
          series={series()}
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
        <h2 id="balance-heading">{message('reportBalanceHeading')}</h2>
        <p class="figure">
          {messageWith('reportCreatedFigure', [<strong data-figure="week-create">{formatMinutes(week.createMs)}</strong>])}
          {week.offlineCreateMs > 0 && <span class="muted"> {message('reportCreatedSplit', [formatMinutes(browserCreateMs), formatMinutes(week.offlineCreateMs)])}</span>}
          {' · '}
          {messageWith('reportConsumedFigure', [<strong data-figure="week-consume">{formatMinutes(week.consumeMs)}</strong>])}
          {week.faceToFace > 0 && <span class="muted"> · {messagePlural('reportFaceToFace', week.faceToFace, [formatCount(week.faceToFace)])}</span>}
        </p>
        <BalanceChart
          label={message('reportBalanceChartLabel')}
          pairs={week.days.map((day) => ({ key: day.date, label: dayLabel(day.date), up: day.createMs + day.offlineCreateMs, down: day.consumeMs }))}
        />
      </section>
    </>
  );
}

/** "in the browser this week", and how that compares with the week before (within 5% reads as the same). */
function screenCaption(now: number, before: number, soFar: boolean): string {
  if (before === 0) return message(soFar ? 'reportScreenCaptionSoFar' : 'reportScreenCaption');
  const change = now - before;
  if (Math.abs(change) < before * 0.05) return message(soFar ? 'reportScreenCaptionSameSoFar' : 'reportScreenCaptionSame');
  const key = change < 0 ? (soFar ? 'reportScreenCaptionLessSoFar' : 'reportScreenCaptionLess') : soFar ? 'reportScreenCaptionMoreSoFar' : 'reportScreenCaptionMore';
  return message(key, [formatMinutes(Math.abs(change))]);
}
