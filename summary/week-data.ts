/** What the weekly summary is computed from: plain data, as summary/load-week.ts reads it. */
import type { DayTotals, Totals } from '../storage/day-totals';
import type { NudgeEventRow } from '../storage/db';
import type { InformationDiet } from '../storage/information-diet';
import type { SiteTime } from '../storage/top-sites';

export interface WeekData {
  /** `YYYY-MM-DD` of the week's Monday. */
  monday: string;
  /** The seven days, Monday first; days with nothing recorded are zeros. */
  days: DayTotals[];
  /** The week before, summed. */
  previous: Totals;
  diet: InformationDiet;
  previousDiet: InformationDiet;
  sites: SiteTime[];
  /** The week's nudge events, oldest first. */
  nudges: Pick<NudgeEventRow, 'rule' | 'action' | 'at'>[];
}
