/**
 * The intention check's answers read from an export file (its `intentions` and `segments`), for the
 * Markdown and CSV exports: the same stretch arithmetic as the weekly page (intention/intention.ts).
 */
import type { Span } from '../activity/unbroken-time';
import { INTENTIONS, stretchAround, timeByIntention, type IntentionAnswer, type IntentionTotals } from '../intention/intention';
import type { ExportFile } from '../schema/export-format';

export type IntentionSource = Partial<Pick<ExportFile, 'intentions' | 'segments'>>;

/** Answers in the table's order, skipped last; only those given at least once. */
export function answersGiven(totals: IntentionTotals): IntentionAnswer[] {
  return ([...INTENTIONS, 'skip'] as const).filter((answer) => totals[answer].stretches > 0);
}

/** Every answer in the file against its stretch's counted time; null when the file has none. */
export function intentionTotalsOf(file: IntentionSource): IntentionTotals | null {
  const answers = file.intentions ?? [];
  if (answers.length === 0) return null;
  const spans = spansByHost(file);
  return timeByIntention(answers, (host) => spans.get(host) ?? []);
}

/** One row per answer, oldest first, with the counted time of its stretch. */
export function intentionRowsOf(file: IntentionSource): { at: number; host: string; answer: IntentionAnswer; stretchMs: number }[] {
  const spans = spansByHost(file);
  return [...(file.intentions ?? [])]
    .sort((a, b) => a.at - b.at)
    .map((row) => ({ at: row.at, host: row.host, answer: row.answer, stretchMs: stretchAround(spans.get(row.host) ?? [], row.at) }));
}

function spansByHost(file: IntentionSource): Map<string, Span[]> {
  const byHost = new Map<string, Span[]>();
  for (const s of file.segments ?? []) (byHost.get(s.host) ?? byHost.set(s.host, []).get(s.host)!).push({ start: s.start, end: s.end });
  return byHost;
}
