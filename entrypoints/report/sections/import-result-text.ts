/**
 * What the weekly page says after a file was imported: "Imported x.json (7 days): 3 new days,
 * 4 updated, 12 answers to “What are you here for?”." Kinds with nothing new are left out of the
 * list (days always say how many), and a file that brought nothing says so.
 */
import type { ImportCounts } from '../../../backup/import';
import { formatCount } from '../../../text/format';
import { message, messagePlural } from '../../../text/i18n';
import { once } from '../../../text/once';

/** The list is joined as the person's language joins one. */
const listOf = once(() => new Intl.ListFormat(undefined, { type: 'unit' }));

export function wordImportResult(name: string, counts: ImportCounts): string {
  const nothing = counts.daysNew === 0 && counts.daysUpdated === 0 && counts.segments === 0 && counts.postsSeen === 0 && counts.manualEntries === 0 && counts.nudges === 0 && counts.feedback === 0 && counts.intentions === 0;
  if (nothing) return message('importNothingNew', [name]);
  const count = (n: number) => [formatCount(n)];
  const parts = [
    messagePlural('importNewDays', counts.daysNew, count(counts.daysNew)),
    messagePlural('importUpdatedDays', counts.daysUpdated, count(counts.daysUpdated)),
    counts.postsSeen > 0 ? messagePlural('importPostsSeen', counts.postsSeen, count(counts.postsSeen)) : '',
    counts.manualEntries > 0 ? messagePlural('importManualEntries', counts.manualEntries, count(counts.manualEntries)) : '',
    counts.intentions > 0 ? messagePlural('importIntentions', counts.intentions, count(counts.intentions)) : '',
  ].filter(Boolean);
  return messagePlural('importDone', counts.daysInFile, [name, formatCount(counts.daysInFile), listOf().format(parts)]);
}
