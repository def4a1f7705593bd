/**
 * The small checks an import is built from. Each names the place in the file and what is wrong
 * there, and throws ImportRefused: the first problem found refuses the whole file. The reason is
 * read by a person, so it comes from _locales; the place (`days[3].sites`) is the file's own
 * JSON path and stays as written.
 */
import { isDayKey } from '../activity/local-day';
import { formatCount } from '../text/format';
import { message, type MessageKey } from '../text/i18n';

export class ImportRefused extends Error {
  override name = 'ImportRefused';
  /**
   * `message` is the technical reason (the place in the file and what is wrong there), shown
   * behind "Details"; `reason` is its message key, from which import-headline.ts picks what the
   * person reads first. `headline` overrides that choice where the reason alone cannot tell
   * (invalid JSON: a cut-off download, or not a backup at all).
   */
  constructor(text: string, readonly reason: MessageKey, readonly headline?: MessageKey) {
    super(text);
  }
}

/** Refuses the file with the reason `key` (an `importReason…` message) filled in with `substitutions`. */
export function refuse(key: MessageKey, substitutions: readonly string[] = [], headline?: MessageKey): never {
  throw new ImportRefused(message(key, substitutions), key, headline);
}

/** Timestamps before 2000 or after 2200 are not Realign's: a slip or a hostile file. */
export const MIN_TIME = Date.UTC(2000, 0, 1);
export const MAX_TIME = Date.UTC(2200, 0, 1);
/**
 * Time one day can hold. One browser counts at most the longest local day (25 hours, at a
 * daylight-saving change); a history merged from several browsers can hold more, so an export of
 * it must import again: four browsers' worth is allowed, anything beyond is absurd.
 */
export const DAY_MAX_MS = 4 * 25 * 3_600_000;

/** Keys that would reach an object's prototype if ever copied with plain assignment. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Json = Record<string, unknown>;

export function checkObject(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse('importReasonNotObject', [path, describe(value)]);
  return value as Json;
}

export function checkArray(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) refuse('importReasonNotList', [path, describe(value)]);
  if (value.length > max) refuse('importReasonTooManyEntries', [path, formatCount(value.length), formatCount(max)]);
  return value;
}

/** The keys of an object used as a map (host → time…), refusing prototype-pollution keys. */
export function checkKeys(record: Json, path: string, max: number): string[] {
  const keys = Object.keys(record);
  if (keys.length > max) refuse('importReasonTooManyEntries', [path, formatCount(keys.length), formatCount(max)]);
  for (const key of keys) if (FORBIDDEN_KEYS.has(key)) refuse('importReasonForbiddenKey', [path, key]);
  return keys;
}

export function checkInt(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    refuse('importReasonNotWholeNumber', [path, formatCount(min), formatCount(max), describe(value)]);
  }
  return value;
}

export function checkNumber(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    refuse('importReasonNotNumber', [path, formatCount(min), formatCount(max), describe(value)]);
  }
  return value;
}

export function checkTime(value: unknown, path: string): number {
  return checkInt(value, path, MIN_TIME, MAX_TIME);
}

export function checkString(value: unknown, path: string, max: number, pattern?: RegExp): string {
  if (typeof value !== 'string') refuse('importReasonNotText', [path, describe(value)]);
  if (value.length > max) refuse('importReasonTextTooLong', [path, formatCount(value.length), formatCount(max)]);
  if (pattern && !pattern.test(value)) refuse('importReasonBadForm', [path, value.slice(0, 60)]);
  return value;
}

export function checkNullableString(value: unknown, path: string, max: number): string | null {
  return value === null ? null : checkString(value, path, max);
}

export function checkBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') refuse('importReasonNotBoolean', [path, describe(value)]);
  return value;
}

export function checkOneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    refuse('importReasonNotOneOf', [path, allowed.join(', '), describe(value)]);
  }
  return value as T;
}

/** A real calendar day `YYYY-MM-DD` between 2000 and 2199. */
export function checkDate(value: unknown, path: string): string {
  if (!isDayKey(value)) refuse('importReasonNotDate', [path, describe(value)]);
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const real = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || y > 2199 || real.getUTCMonth() !== m - 1 || real.getUTCDate() !== d) refuse('importReasonImpossibleDay', [path, value]);
  return value;
}

/** A short, safe description of a bad value for a message (never the whole of a huge string). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return message('importValueList');
  if (typeof value === 'string') return value.length > 40 ? message('importValueLongText', [formatCount(value.length)]) : JSON.stringify(value);
  if (typeof value === 'object') return message('importValueObject');
  return String(value);
}
