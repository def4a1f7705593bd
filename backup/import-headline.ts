/**
 * What a person reads first when an import is refused: what is wrong with the file in their
 * words, and what to do. The technical reason (the place in the file, the parser's own words)
 * goes behind "Details" (entrypoints/report/sections/ImportData.tsx).
 */
import { message, type MessageKey } from '../text/i18n';
import type { ImportRefused } from './import-checks';

/** Reasons with a headline of their own; every other one is a check on a figure or a row: the file was changed or damaged. */
const HEADLINES: Partial<Record<MessageKey, MessageKey>> = {
  importReasonTooBig: 'importHeadlineTooBig',
  importReasonNotJson: 'importHeadlineNotBackup',
  importReasonNotExport: 'importHeadlineNotBackup',
  importReasonWrongFormat: 'importHeadlineNotBackup',
  importReasonNewerVersion: 'importHeadlineNewerVersion',
  importReasonMadeInFuture: 'importHeadlineFuture',
  importReasonDayAfterExport: 'importHeadlineFuture',
  importReasonDayAfterToday: 'importHeadlineFuture',
};

export function headlineOf(refusal: ImportRefused): string {
  return message(refusal.headline ?? HEADLINES[refusal.reason] ?? 'importHeadlineDamaged');
}
