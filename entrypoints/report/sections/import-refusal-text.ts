/**
 * A refused import in the person's words (public/_locales/…/messages.json): the headline they
 * read first (what is wrong with the file and what to do, no paths or parser words) and the
 * technical detail behind "Details" (the place in the file and what is wrong there). backup/
 * says why as data (backup/import-refusal.ts); this is the only place that words it.
 */
import type { ImportRefusal, ImportRefusalCode } from '../../../backup/import-refusal';
import type { Found } from '../../../schema/refusal';
import { formatCount } from '../../../text/format';
import { message, type MessageKey } from '../../../text/i18n';

export interface RefusalText {
  headline: string;
  detail: string;
}

export function wordImportRefusal(refusal: ImportRefusal): RefusalText {
  if (refusal.code === 'store-failed') {
    return { headline: message('importHeadlineStore'), detail: message('importRefusedStore', [refusal.error]) };
  }
  return { headline: message(headlineKey(refusal)), detail: message('importRefused', [reasonOf(refusal)]) };
}

/** Refusals with a headline of their own; every other one is a check on a figure or a row: the file was changed or damaged. */
const HEADLINES: Partial<Record<ImportRefusalCode, MessageKey>> = {
  'too-big': 'importHeadlineTooBig',
  'not-export': 'importHeadlineNotBackup',
  'wrong-format': 'importHeadlineNotBackup',
  'newer-version': 'importHeadlineNewerVersion',
  'made-in-future': 'importHeadlineFuture',
  'day-after-export': 'importHeadlineFuture',
  'day-after-today': 'importHeadlineFuture',
};

const NOT_JSON_HEADLINES: Record<Extract<ImportRefusal, { code: 'not-json' }>['looks'], MessageKey> = {
  empty: 'importHeadlineEmpty',
  'cut-off': 'importHeadlineCutOff',
  'not-backup': 'importHeadlineNotBackup',
};

function headlineKey(refusal: ImportRefusal): MessageKey {
  if (refusal.code === 'not-json') return NOT_JSON_HEADLINES[refusal.looks];
  return HEADLINES[refusal.code] ?? 'importHeadlineDamaged';
}

/** The reason, after "Nothing was imported: ". */
function reasonOf(refusal: Exclude<ImportRefusal, { code: 'store-failed' }>): string {
  const path = placeOf(refusal);
  const count = formatCount;
  switch (refusal.code) {
    case 'not-object': return message('importReasonNotObject', [path, foundText(refusal.found)]);
    case 'not-list': return message('importReasonNotList', [path, foundText(refusal.found)]);
    case 'too-many-entries': return message('importReasonTooManyEntries', [path, count(refusal.count), count(refusal.limit)]);
    case 'forbidden-key': return message('importReasonForbiddenKey', [path, refusal.key]);
    case 'not-whole-number': return message('importReasonNotWholeNumber', [path, count(refusal.min), count(refusal.max), foundText(refusal.found)]);
    case 'not-number': return message('importReasonNotNumber', [path, count(refusal.min), count(refusal.max), foundText(refusal.found)]);
    case 'not-text': return message('importReasonNotText', [path, foundText(refusal.found)]);
    case 'text-too-long': return message('importReasonTextTooLong', [path, count(refusal.length), count(refusal.max)]);
    case 'bad-form': return message('importReasonBadForm', [path, refusal.value]);
    case 'not-boolean': return message('importReasonNotBoolean', [path, foundText(refusal.found)]);
    case 'not-one-of': return message('importReasonNotOneOf', [path, refusal.allowed.join(', '), foundText(refusal.found)]);
    case 'not-date': return message('importReasonNotDate', [path, foundText(refusal.found)]);
    case 'impossible-day': return message('importReasonImpossibleDay', [path, refusal.date]);
    case 'empty': return message('importReasonEmpty', [path]);
    case 'not-https': return message('importReasonNotHttps', [path]);
    case 'too-big': return message('importReasonTooBig', [formatMegabytes(refusal.size), formatMegabytes(refusal.limit)]);
    case 'not-json': return message('importReasonNotJson', [refusal.parserError ?? message('importReasonNestedTooDeep')]);
    case 'not-export': return message('importReasonNotExport', [foundText(refusal.found)]);
    case 'wrong-format': return message('importReasonWrongFormat', [foundText(refusal.found), refusal.expected]);
    case 'newer-version': return message('importReasonNewerVersion', [count(refusal.version), count(refusal.supported)]);
    case 'not-a-time': return message('importReasonNotATime', [path, refusal.value]);
    case 'made-in-future': return message('importReasonMadeInFuture', [refusal.madeOn, refusal.today]);
    case 'day-after-export': return message('importReasonDayAfterExport', [path, refusal.date, refusal.madeOn]);
    case 'day-after-today': return message('importReasonDayAfterToday', [path, refusal.date, refusal.today]);
    case 'duplicate-day': return message('importReasonDuplicateDay', [path, refusal.key]);
    case 'duplicate-segment': return message('importReasonDuplicateSegment', [path, refusal.key]);
    case 'duplicate-post': return message('importReasonDuplicatePost', [path, refusal.key]);
    case 'duplicate-site': return message('importReasonDuplicateSite', [path, refusal.key]);
    case 'string-too-long': return message('importReasonStringTooLong', [path, count(refusal.length), count(refusal.max)]);
    case 'too-deep': return message('importReasonTooDeep', [path, count(refusal.levels)]);
    case 'key-too-long': return message('importReasonKeyTooLong', [path, count(refusal.length)]);
    case 'too-much-time': return message('importReasonTooMuchTime', [path, count(refusal.limitMs / 3_600_000)]);
    // Figures from the file are quoted as written, without a thousands separator, so they can be found in it.
    case 'totals-disagree': return message('importReasonTotalsDisagree', [path, String(refusal.total), String(refusal.sum)]);
    case 'not-host': return message('importReasonNotHost', [path]);
    case 'site-split-disagrees': return message('importReasonSiteSplitDisagrees', [path, String(refusal.ms), String(refusal.sum)]);
    case 'unknown-category': return message('importReasonUnknownCategory', [path, refusal.category]);
    case 'not-account-key': return message('importReasonNotAccountKey', [path]);
    case 'reason-too-long': return message('importReasonReasonTooLong', [path, count(refusal.length), count(refusal.max)]);
    case 'bad-segment': return message('importReasonBadSegment', [path]);
    case 'wrong-id': return message('importReasonWrongId', [path, refusal.value, refusal.expected]);
    case 'seen-backwards': return message('importReasonSeenBackwards', [path]);
    case 'bad-manual-entry': return message('importReasonBadManualEntry', [path, refusal.kind, String(refusal.minutes)]);
    case 'unknown-site': return message('importReasonUnknownSite', [path, JSON.stringify(refusal.site)]);
  }
}

/**
 * The place in the file as a person finds it: the path as written in JSON, "the file" for the
 * whole of it, and inside a day the day's date after its index (`days[3] (2026-11-23).consumeMs`).
 */
function placeOf(refusal: ImportRefusal): string {
  if (refusal.path === '') return message('importPathWholeFile');
  const { day } = refusal;
  return day === undefined ? refusal.path : refusal.path.replace(/^days\[\d+\]/, (at) => `${at} (${day})`);
}

/** What was found, after "found": a JSON value as written, or the kind of thing it is. */
function foundText(found: Found): string {
  switch (found.kind) {
    case 'list': return message('importValueList');
    case 'object': return message('importValueObject');
    case 'long-text': return message('importValueLongText', [formatCount(found.length)]);
    case 'value': return found.text;
  }
}

/** "0.4 MB", "256 MB": one decimal only where it says something. */
export function formatMegabytes(bytes: number): string {
  const digits = bytes < 10 * 1024 * 1024 ? 1 : 0;
  return new Intl.NumberFormat(undefined, { style: 'unit', unit: 'megabyte', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(bytes / 1024 / 1024);
}
