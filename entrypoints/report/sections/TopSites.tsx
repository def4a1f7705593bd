import { BarList } from '../../../components/BarList';
import { formatMinutes } from '../../../text/format-minutes';
import { message, type MessageKey } from '../../../text/i18n';
import type { WeekFigures } from '../../../summary/week-figures';

const ACTIVITY_COLORS = { consume: 'var(--consume)', create: 'var(--create)', neutral: 'var(--neutral)' };
/** The colour says it at a glance; the word says it to everyone (colour alone is not enough). */
const ACTIVITY_WORDS: Record<keyof typeof ACTIVITY_COLORS, MessageKey> = { consume: 'reportActivityConsuming', create: 'reportActivityCreating', neutral: 'reportActivityNeither' };

/** Where the week's time went, coloured by what it was mostly spent doing. */
export function TopSites({ week }: { week: WeekFigures }) {
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{message('reportSitesHeading')}</h2>
      {week.sites.length === 0 ? (
        <p class="muted">{message('reportSitesEmpty')}</p>
      ) : (
        <BarList
          label={message('reportSitesLabel')}
          bars={week.sites.map((site) => ({
            key: site.host,
            label: site.host,
            value: site.ms,
            valueText: `${formatMinutes(site.ms)} · ${message(ACTIVITY_WORDS[site.activity])}`,
            color: ACTIVITY_COLORS[site.activity],
          }))}
        />
      )}
    </section>
  );
}
