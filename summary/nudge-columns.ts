import type { MessageKey } from '../text/i18n';

/** The nudges table's columns, on the page and in the Markdown export: the rule, then what became of it. */
export const NUDGE_COLUMNS: readonly MessageKey[] = [
  'reportNudgeColumnNudge',
  'reportNudgeColumnDaysShown',
  'reportNudgeColumnDone',
  'reportNudgeColumnLater',
  'reportNudgeColumnDismissed',
  'reportNudgeColumnTurnedOff',
  'reportNudgeColumnUnanswered',
];
