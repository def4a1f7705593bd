/** What the weekly summary is computed from: plain data, as the weekly page reads it (entrypoints/report/load-week.ts). */
import type { IntentionTotals } from '../intention/intention';
import type { DayTotals, Totals } from '../figures/day-totals';
import type { NudgeEventRow } from '../figures/rows';
import type { InformationDiet } from '../figures/information-diet';
import type { SiteTime } from '../figures/top-sites';

export interface WeekData {
  /** `YYYY-MM-DD` of the week's Monday. */
  monday: string;
  /** The seven days, Monday first; days with nothing recorded are zeros. */
  days: DayTotals[];
  /**
   * For the week in progress, how many of its days have begun (1 on Monday… 7 on Sunday): it is
   * compared with the same days of the week before (Monday to Wednesday against Monday to
   * Wednesday, never against a whole week). null for a week that is over or not begun.
   */
  daysSoFar: number | null;
  /** The week before, summed: the same days as this week so far while it is in progress. */
  previous: Totals;
  diet: InformationDiet;
  previousDiet: InformationDiet;
  sites: SiteTime[];
  /** The week's nudge events, oldest first. */
  nudges: Pick<NudgeEventRow, 'rule' | 'action' | 'at'>[];
  /** The intention check's answers against the time of their stretches; null in a week without answers. */
  intentions: IntentionTotals | null;
}
