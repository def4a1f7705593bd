/**
 * Reads an import file completely before anything is written:
 *
 *   text ─▶ size limit ─▶ JSON.parse ─▶ hostile shapes (depth, __proto__, huge strings)
 *        ─▶ format, version ─▶ every day and every row checked and rebuilt ─▶ no duplicates
 *        ─▶ ExportFile (or ImportRefused naming the first problem)
 */
import { formatCount } from '../components/format';
import { message, type MessageKey } from '../components/i18n';
import { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_LIMITS, type ExportFile, type ExportScope } from './export-format';
import { ImportRefused, checkArray, checkDate, checkInt, checkObject, checkString, describe, refuse, type Json } from './import-checks';
import { checkDay } from './import-day';
import { checkFeedback, checkManualEntry, checkNudgeEvent, checkSegment, checkSeenPostRow, checkSiteHealth } from './import-rows';
import { checkStructure } from './import-structure';

/** `maxChars` is the size limit; tests lower it rather than build a 256 MB string. */
export function parseExport(text: string, maxChars: number = IMPORT_LIMITS.fileSize): ExportFile {
  if (text.length > maxChars) {
    refuse('importReasonTooBig', [formatMegabytes(text.length), formatMegabytes(maxChars)]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const why = error instanceof RangeError ? message('importReasonNestedTooDeep') : error instanceof Error ? error.message : String(error);
    refuse('importReasonNotJson', [why]);
  }
  checkStructure(parsed);
  return checkExport(parsed);
}

export function checkExport(parsed: unknown): ExportFile {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) refuse('importReasonNotExport', [describe(parsed)]);
  const root = parsed as Json;
  if (root.format !== EXPORT_FORMAT) refuse('importReasonWrongFormat', [describe(root.format), EXPORT_FORMAT]);
  const version = checkInt(root.version, 'version', 1, Number.MAX_SAFE_INTEGER);
  if (version > EXPORT_VERSION) {
    refuse('importReasonNewerVersion', [formatCount(version), formatCount(EXPORT_VERSION)]);
  }
  const exportedAt = checkString(root.exportedAt, 'exportedAt', 40, /^\d{4}-\d{2}-\d{2}T/);
  if (Number.isNaN(Date.parse(exportedAt))) refuse('importReasonNotATime', ['exportedAt', exportedAt]);

  const days = checkArray(root.days, 'days', IMPORT_LIMITS.days).map((day, i) => checkDay(day, `days[${i}]`));
  refuseDuplicates(days.map((day) => day.date), 'days', 'importReasonDuplicateDay');
  const segments = optionalList(root, 'segments', IMPORT_LIMITS.segments, checkSegment);
  refuseDuplicates(segments.map((row) => row.id), 'segments', 'importReasonDuplicateSegment');
  const postsSeen = optionalList(root, 'postsSeen', IMPORT_LIMITS.postsSeen, checkSeenPostRow);
  refuseDuplicates(postsSeen.map((row) => row.key), 'postsSeen', 'importReasonDuplicatePost');
  const siteHealth = optionalList(root, 'siteHealth', IMPORT_LIMITS.siteHealth, checkSiteHealth);
  refuseDuplicates(siteHealth.map((row) => row.site), 'siteHealth', 'importReasonDuplicateSite');
  return {
    format: EXPORT_FORMAT,
    version,
    exportedAt,
    scope: checkScope(root.scope),
    timeZone: typeof root.timeZone === 'string' ? root.timeZone.slice(0, 100) : '',
    days,
    segments,
    postsSeen,
    manualEntries: optionalList(root, 'manualEntries', IMPORT_LIMITS.manualEntries, checkManualEntry),
    nudges: optionalList(root, 'nudges', IMPORT_LIMITS.nudges, checkNudgeEvent),
    siteHealth,
    feedback: optionalList(root, 'feedback', IMPORT_LIMITS.feedback, checkFeedback),
  };
}

/** Raw tables may be left out (a file that follows only the DESIGN.md contract has just `days`). */
function optionalList<T>(root: Json, name: string, max: number, check: (value: unknown, path: string) => T): T[] {
  if (root[name] === undefined) return [];
  return checkArray(root[name], name, max).map((value, i) => check(value, `${name}[${i}]`));
}

function checkScope(value: unknown): ExportScope {
  if (value === undefined) return { kind: 'all' };
  const scope = checkObject(value, 'scope');
  if (scope.kind === 'all') return { kind: 'all' };
  if (scope.kind !== 'range') refuse('importReasonNotOneOf', ['scope.kind', 'all, range', describe(scope.kind)]);
  return { kind: 'range', from: checkDate(scope.from, 'scope.from'), to: checkDate(scope.to, 'scope.to') };
}

/** Two rows with one natural key in one file: no way to tell which is right, so refuse. */
function refuseDuplicates(keys: readonly string[], table: string, reason: MessageKey): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) refuse(reason, [table, key.slice(0, 60)]);
    seen.add(key);
  }
}

/** "0.4 MB", "256 MB": one decimal only where it says something. */
export function formatMegabytes(bytes: number): string {
  const digits = bytes < 10 * 1024 * 1024 ? 1 : 0;
  return new Intl.NumberFormat(undefined, { style: 'unit', unit: 'megabyte', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(bytes / 1024 / 1024);
}

export { ImportRefused };
