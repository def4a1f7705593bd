/**
 * Why a field of untrusted data (a message from a feed tab, a row of an imported file) was
 * refused: a code, the path of the field (`postsSeen[3].scores.fear`) and the values a page needs
 * to word it (limits, counts, what was found). No words here: whoever shows a refusal words it
 * (entrypoints/report/sections/import-refusal-text.ts for an import; the background only logs).
 */

/** What was found where something else belonged, described without words (the page names the kinds). */
export type Found =
  | { kind: 'list' }
  | { kind: 'object' }
  /** Text too long to quote. */
  | { kind: 'long-text'; length: number }
  /** A value short enough to quote as written: `null`, `42`, `"yes"`, `undefined`. */
  | { kind: 'value'; text: string };

export type FieldRefusal =
  | { code: 'not-object'; path: string; found: Found }
  | { code: 'not-list'; path: string; found: Found }
  | { code: 'too-many-entries'; path: string; count: number; limit: number }
  /** A key that would reach an object's prototype (`__proto__`, `constructor`, `prototype`). */
  | { code: 'forbidden-key'; path: string; key: string }
  | { code: 'not-whole-number'; path: string; min: number; max: number; found: Found }
  | { code: 'not-number'; path: string; min: number; max: number; found: Found }
  | { code: 'not-text'; path: string; found: Found }
  | { code: 'text-too-long'; path: string; length: number; max: number }
  /** Text that does not match the field's pattern; `value` is its first 60 characters. */
  | { code: 'bad-form'; path: string; value: string }
  | { code: 'not-boolean'; path: string; found: Found }
  | { code: 'not-one-of'; path: string; allowed: readonly string[]; found: Found }
  | { code: 'not-date'; path: string; found: Found }
  /** A date in the right form that is no calendar day, or outside 2000-2199. */
  | { code: 'impossible-day'; path: string; date: string }
  | { code: 'empty'; path: string }
  | { code: 'not-https'; path: string };

export type FieldRefusalCode = FieldRefusal['code'];

/** Thrown by the field checks: the first problem found refuses the whole message or file. */
export class Refused extends Error {
  override name = 'Refused';
  constructor(readonly refusal: FieldRefusal) {
    // For logs and stack traces only; a page words `refusal`.
    super(`${refusal.path}: ${refusal.code}`);
  }
}

export function refuse(refusal: FieldRefusal): never {
  throw new Refused(refusal);
}

/** A short, safe description of a bad value (never the whole of a huge string). */
export function describeFound(value: unknown): Found {
  if (value === null) return { kind: 'value', text: 'null' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'string') return value.length > 40 ? { kind: 'long-text', length: value.length } : { kind: 'value', text: JSON.stringify(value) };
  if (typeof value === 'object') return { kind: 'object' };
  return { kind: 'value', text: String(value) };
}
