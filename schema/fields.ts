/**
 * The field checks a schema is built from. Each takes a value and the path it was found at,
 * returns the value typed, or throws Refused (schema/refusal.ts) naming the path and what is
 * wrong there.
 */
import { isDayKey } from '../activity/local-day';
import { describeFound, refuse } from './refusal';

/** Timestamps before 2000 or after 2200 are not Realign's: a slip or a hostile file. */
export const MIN_TIME = Date.UTC(2000, 0, 1);
export const MAX_TIME = Date.UTC(2200, 0, 1);

/** Keys that would reach an object's prototype if ever copied with plain assignment. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type Json = Record<string, unknown>;

export function checkObject(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse({ code: 'not-object', path, found: describeFound(value) });
  return value as Json;
}

export function checkArray(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) refuse({ code: 'not-list', path, found: describeFound(value) });
  if (value.length > max) refuse({ code: 'too-many-entries', path, count: value.length, limit: max });
  return value;
}

/** The keys of an object used as a map (host → time…), refusing prototype-pollution keys. */
export function checkKeys(record: Json, path: string, max: number): string[] {
  const keys = Object.keys(record);
  if (keys.length > max) refuse({ code: 'too-many-entries', path, count: keys.length, limit: max });
  for (const key of keys) if (FORBIDDEN_KEYS.has(key)) refuse({ code: 'forbidden-key', path, key });
  return keys;
}

export function checkInt(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    refuse({ code: 'not-whole-number', path, min, max, found: describeFound(value) });
  }
  return value;
}

export function checkNumber(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    refuse({ code: 'not-number', path, min, max, found: describeFound(value) });
  }
  return value;
}

export function checkTime(value: unknown, path: string): number {
  return checkInt(value, path, MIN_TIME, MAX_TIME);
}

export function checkString(value: unknown, path: string, max: number, pattern?: RegExp): string {
  if (typeof value !== 'string') refuse({ code: 'not-text', path, found: describeFound(value) });
  if (value.length > max) refuse({ code: 'text-too-long', path, length: value.length, max });
  if (pattern && !pattern.test(value)) refuse({ code: 'bad-form', path, value: value.slice(0, 60) });
  return value;
}

/** Text that must say something: an empty key is no key. */
export function checkNonEmptyString(value: unknown, path: string, max: number): string {
  const text = checkString(value, path, max);
  if (text.length === 0) refuse({ code: 'empty', path });
  return text;
}

export function checkNullableString(value: unknown, path: string, max: number): string | null {
  return value === null ? null : checkString(value, path, max);
}

export function checkBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') refuse({ code: 'not-boolean', path, found: describeFound(value) });
  return value;
}

export function checkOneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    refuse({ code: 'not-one-of', path, allowed, found: describeFound(value) });
  }
  return value as T;
}

/** A real calendar day `YYYY-MM-DD` between 2000 and 2199. */
export function checkDate(value: unknown, path: string): string {
  if (!isDayKey(value)) refuse({ code: 'not-date', path, found: describeFound(value) });
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const real = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || y > 2199 || real.getUTCMonth() !== m - 1 || real.getUTCDate() !== d) refuse({ code: 'impossible-day', path, date: value });
  return value;
}
