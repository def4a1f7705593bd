/**
 * Reads an import file completely before anything is written:
 *
 *   text ─▶ size limit ─▶ JSON.parse ─▶ hostile shapes (depth, __proto__, huge strings)
 *        ─▶ format, version ─▶ every day and every row checked and rebuilt ─▶ no duplicates
 *        ─▶ ExportFile (or ImportRefused naming the first problem)
 */
import { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_LIMITS, type ExportFile, type ExportScope } from './export-format';
import { ImportRefused, checkArray, checkDate, checkInt, checkObject, checkString, describe, refuse, type Json } from './import-checks';
import { checkDay } from './import-day';
import { checkFeedback, checkManualEntry, checkNudgeEvent, checkSegment, checkSeenPostRow, checkSiteHealth } from './import-rows';
import { checkStructure } from './import-structure';

/** `maxChars` is the size limit; tests lower it rather than build a 256 MB string. */
export function parseExport(text: string, maxChars: number = IMPORT_LIMITS.fileSize): ExportFile {
  if (text.length > maxChars) {
    refuse(`the file is ${megabytes(text.length)}; an import takes at most ${megabytes(maxChars)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const why = error instanceof RangeError ? 'it is nested too deeply to read' : error instanceof Error ? error.message : String(error);
    refuse(`the file is not valid JSON (${why})`);
  }
  checkStructure(parsed);
  return checkExport(parsed);
}

export function checkExport(parsed: unknown): ExportFile {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) refuse(`not a Realign export: the file holds ${describe(parsed)}, not an object`);
  const root = parsed as Json;
  if (root.format !== EXPORT_FORMAT) refuse(`not a Realign export: "format" is ${describe(root.format)}, not "${EXPORT_FORMAT}"`);
  const version = checkInt(root.version, 'version', 1, Number.MAX_SAFE_INTEGER);
  if (version > EXPORT_VERSION) {
    refuse(`the file was made by a newer Realign (export format version ${version}); this one reads up to version ${EXPORT_VERSION}. Update Realign, then import it again`);
  }
  const exportedAt = checkString(root.exportedAt, 'exportedAt', 40, /^\d{4}-\d{2}-\d{2}T/);
  if (Number.isNaN(Date.parse(exportedAt))) refuse(`exportedAt: "${exportedAt}" is not a time`);

  const days = checkArray(root.days, 'days', IMPORT_LIMITS.days).map((day, i) => checkDay(day, `days[${i}]`));
  refuseDuplicates(days.map((day) => day.date), 'days', 'the day');
  const segments = optionalList(root, 'segments', IMPORT_LIMITS.segments, checkSegment);
  refuseDuplicates(segments.map((row) => row.id), 'segments', 'the segment');
  const postsSeen = optionalList(root, 'postsSeen', IMPORT_LIMITS.postsSeen, checkSeenPostRow);
  refuseDuplicates(postsSeen.map((row) => row.key), 'postsSeen', 'the post');
  const siteHealth = optionalList(root, 'siteHealth', IMPORT_LIMITS.siteHealth, checkSiteHealth);
  refuseDuplicates(siteHealth.map((row) => row.site), 'siteHealth', 'the site');
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
  if (scope.kind !== 'range') refuse(`scope.kind: expected "all" or "range", found ${describe(scope.kind)}`);
  return { kind: 'range', from: checkDate(scope.from, 'scope.from'), to: checkDate(scope.to, 'scope.to') };
}

/** Two rows with one natural key in one file: no way to tell which is right, so refuse. */
function refuseDuplicates(keys: readonly string[], table: string, what: string): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) refuse(`${table}: ${what} "${key.slice(0, 60)}" appears twice`);
    seen.add(key);
  }
}

function megabytes(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(chars < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

export { ImportRefused };
