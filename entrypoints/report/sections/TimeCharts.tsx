import { dayKeyOf } from '../../../activity/local-day';
import { BalanceChart } from '../../../components/BalanceChart';
import { formatCount } from '../../../text/format';
import { formatMinutes } from '../../../text/format-minutes';
import { message, messagePlural } from '../../../text/i18n';
import { messageWith } from '../../../components/message-with';
import { StackedDayChart } from '../../../components/StackedDayChart';
import { useSetting } from '../../../components/use-setting';
import { goalsItem, readGoals } from '../../../settings/goals';
import { screenChange, type ScreenWords } from '../../../summary/summary-sentences';
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
  const goals = useSetting(readGoals, goalsItem);
  // In the week in progress, today's bar is still growing: it is drawn hatched and said to be so.
  const today = week.soFar ? dayKeyOf(Date.now()) : null;
  return (
    <>
      <section class="card card--wide" aria-labelledby="screen-heading">
        <h2 id="screen-heading">{message('reportScreenHeading')}</h2>
        <p class="figure">
          <span class="figure__value" data-figure="week-screen">{formatMinutes(week.screenMs)}</span>{' '}
          <span class="muted">{screenCaption(week)}</span>
        </p>
        <StackedDayChart
          label={message('reportScreenHeading')}
          series={series()}
          goalMs={goals ? goals.screenMinutes * 60_000 : null}
          unfinishedKey={today}
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
          {messageWith('reportCreatedFigure', <strong data-figure="week-create">{formatMinutes(week.createMs)}</strong>)}
          {week.offlineCreateMs > 0 && <span class="muted"> {message('reportCreatedSplit', [formatMinutes(browserCreateMs), formatMinutes(week.offlineCreateMs)])}</span>}
          {' · '}
          {messageWith('reportConsumedFigure', <strong data-figure="week-consume">{formatMinutes(week.consumeMs)}</strong>)}
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

const CAPTION_WHOLE_WEEK: ScreenWords = { alone: 'reportScreenCaption', same: 'reportScreenCaptionSame', less: 'reportScreenCaptionLess', more: 'reportScreenCaptionMore' };
const CAPTION_SO_FAR: ScreenWords = {
  alone: 'reportScreenCaptionSoFar',
  same: 'reportScreenCaptionSameSoFar',
  less: 'reportScreenCaptionLessSoFar',
  more: 'reportScreenCaptionMoreSoFar',
};

/** "in the browser this week", and how that compares with the week before, as the summary's sentence does. */
function screenCaption(week: WeekFigures): string {
  const { kind, byMs } = screenChange(week);
  return message((week.soFar ? CAPTION_SO_FAR : CAPTION_WHOLE_WEEK)[kind], byMs > 0 ? [formatMinutes(byMs)] : []);
}
