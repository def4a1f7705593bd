/**
 * Reads an import file completely before anything is written:
 *
 *   text ─▶ size limit ─▶ JSON.parse ─▶ hostile shapes (depth, __proto__, huge strings)
 *        ─▶ format, version ─▶ every day and every row checked and rebuilt ─▶ no duplicates
 *        ─▶ ExportFile (or a refusal naming the first problem: ImportRefused, or Refused from a field check)
 */
import { checkArray, checkDate, checkInt, checkObject, checkString, type Json } from '../schema/fields';
import { describeFound } from '../schema/refusal';
import { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_LIMITS, type ExportFile, type ExportScope } from '../schema/export-format';
import { refuseImport, type ImportRefusal, type NotJsonLook } from './import-refusal';
import { checkDay } from './import-day';
import { checkFeedback, checkIntention, checkManualEntry, checkNudgeEvent, checkSegment, checkSeenPostRow, checkSiteHealth } from './import-rows';
import { checkStructure } from './import-structure';

/** `maxChars` is the size limit; tests lower it rather than build a 256 MB string. `now` is when the import runs. */
export function parseExport(text: string, maxChars: number = IMPORT_LIMITS.fileSize, now = Date.now()): ExportFile {
  if (text.length > maxChars) {
    refuseImport({ code: 'too-big', path: '', size: text.length, limit: maxChars });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // A RangeError is the parser running out of stack: nested too deeply to read.
    const parserError = error instanceof RangeError ? null : error instanceof Error ? error.message : String(error);
    refuseImport({ code: 'not-json', path: '', parserError, looks: lookOfNotJson(text, parserError) });
  }
  checkStructure(parsed);
  return checkExport(parsed, now);
}

export function checkExport(parsed: unknown, now = Date.now()): ExportFile {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) refuseImport({ code: 'not-export', path: '', found: describeFound(parsed) });
  const root = parsed as Json;
  if (root.format !== EXPORT_FORMAT) refuseImport({ code: 'wrong-format', path: 'format', found: describeFound(root.format), expected: EXPORT_FORMAT });
  const version = checkInt(root.version, 'version', 1, Number.MAX_SAFE_INTEGER);
  if (version > EXPORT_VERSION) {
    refuseImport({ code: 'newer-version', path: 'version', version, supported: EXPORT_VERSION });
  }
  const exportedAt = checkString(root.exportedAt, 'exportedAt', 40, /^\d{4}-\d{2}-\d{2}T/);
  if (Number.isNaN(Date.parse(exportedAt))) refuseImport({ code: 'not-a-time', path: 'exportedAt', value: exportedAt });

  const days = checkArray(root.days, 'days', IMPORT_LIMITS.days).map((day, i) => checkDay(day, `days[${i}]`));
  refuseDuplicates(days.map((day) => day.date), 'days', 'duplicate-day');
  refuseFutureDays(days, exportedAt, root.timeZone, now);
  const segments = optionalList(root, 'segments', IMPORT_LIMITS.segments, checkSegment);
  refuseDuplicates(segments.map((row) => row.id), 'segments', 'duplicate-segment');
  const postsSeen = optionalList(root, 'postsSeen', IMPORT_LIMITS.postsSeen, checkSeenPostRow);
  refuseDuplicates(postsSeen.map((row) => row.key), 'postsSeen', 'duplicate-post');
  const siteHealth = optionalList(root, 'siteHealth', IMPORT_LIMITS.siteHealth, checkSiteHealth);
  refuseDuplicates(siteHealth.map((row) => row.site), 'siteHealth', 'duplicate-site');
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
    // Absent in files from before the intention check: read as none.
    intentions: optionalList(root, 'intentions', IMPORT_LIMITS.intentions, checkIntention),
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
  if (scope.kind !== 'range') refuseImport({ code: 'not-one-of', path: 'scope.kind', allowed: ['all', 'range'], found: describeFound(scope.kind) });
  return { kind: 'range', from: checkDate(scope.from, 'scope.from'), to: checkDate(scope.to, 'scope.to') };
}

/**
 * A backup holds days up to the day it was made, and nothing after today: a day after either is
 * an edited or broken file (its figures would show as a week that has not happened). The day it
 * was made is read in the exporter's own time zone; a clock a few hours off is allowed for.
 */
function refuseFutureDays(days: readonly { date: string }[], exportedAt: string, timeZone: unknown, now: number): void {
  const madeAt = Date.parse(exportedAt);
  if (madeAt > now + CLOCK_SLACK_MS) refuseImport({ code: 'made-in-future', path: 'exportedAt', madeOn: exportedAt.slice(0, 10), today: latestDayAnywhere(now) });
  const madeOn = dayIn(madeAt, timeZone);
  const today = latestDayAnywhere(now);
  days.forEach((day, i) => {
    if (day.date > madeOn) refuseImport({ code: 'day-after-export', path: `days[${i}]`, date: day.date, madeOn });
    if (day.date > today) refuseImport({ code: 'day-after-today', path: `days[${i}]`, date: day.date, today });
  });
}

/** Two devices' clocks may disagree by a little; a file "made" a day from now is not a slip. */
const CLOCK_SLACK_MS = 24 * 3_600_000;
/** The furthest any place on Earth is ahead of UTC (Kiribati, UTC+14). */
const LATEST_ZONE_MS = 14 * 3_600_000;

/** The date it is somewhere on Earth at `at` at the latest: the file may come from another time zone. */
function latestDayAnywhere(at: number): string {
  return new Date(at + LATEST_ZONE_MS).toISOString().slice(0, 10);
}

/** The local date at `at` in the exporter's time zone, or the latest date anywhere when it named none. */
function dayIn(at: number, timeZone: unknown): string {
  if (typeof timeZone === 'string' && timeZone !== '') {
    try {
      return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
    } catch {
      // An unknown zone name: fall through to the most generous reading.
    }
  }
  return latestDayAnywhere(at);
}

/**
 * What the text looks like when it is not JSON, for the headline a person reads first: a download
 * that stopped part-way ends in the middle of a value (the parser fails at the very end), anything
 * else is not a backup at all (a picture renamed .json, another program's file).
 */
function lookOfNotJson(text: string, parserError: string | null): NotJsonLook {
  const body = text.trim();
  if (body === '') return 'empty';
  const why = parserError ?? '';
  const position = /position (\d+)/.exec(why);
  const failsAtEnd = /end of (JSON input|data)|unterminated/i.test(why) || (position !== null && Number(position[1]) >= body.length - 1);
  return body.startsWith('{') && failsAtEnd ? 'cut-off' : 'not-backup';
}

type DuplicateCode = Extract<ImportRefusal['code'], `duplicate-${string}`>;

/** Two rows with one natural key in one file: no way to tell which is right, so refuse. */
function refuseDuplicates(keys: readonly string[], table: string, code: DuplicateCode): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) refuseImport({ code, path: table, key: key.slice(0, 60) });
    seen.add(key);
  }
}
