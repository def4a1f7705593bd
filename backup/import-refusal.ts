/**
 * Why an import was refused, as data: a code, the path in the file (`days[3].sites["x.com"].ms`,
 * '' for the file as a whole) and the values needed to word it. The field checks' refusals
 * (schema/refusal.ts) plus the file's own. No words here: the report page words a refusal
 * (entrypoints/report/sections/import-refusal-text.ts).
 */
import type { FieldRefusal, Found } from '../schema/refusal';

/** What the text looks like when it is not JSON: the headline a person reads first depends on it. */
export type NotJsonLook = 'empty' | 'cut-off' | 'not-backup';

export type FileRefusal =
  | { code: 'too-big'; path: ''; size: number; limit: number }
  /** `parserError` is the browser's own message; null when the file is nested too deeply to parse. */
  | { code: 'not-json'; path: ''; parserError: string | null; looks: NotJsonLook }
  | { code: 'not-export'; path: ''; found: Found }
  | { code: 'wrong-format'; path: 'format'; found: Found; expected: string }
  | { code: 'newer-version'; path: 'version'; version: number; supported: number }
  | { code: 'not-a-time'; path: string; value: string }
  /** The file says it was made after today (`madeOn`, its date; `today`, the latest date anywhere on Earth now). */
  | { code: 'made-in-future'; path: 'exportedAt'; madeOn: string; today: string }
  | { code: 'day-after-export'; path: string; date: string; madeOn: string }
  | { code: 'day-after-today'; path: string; date: string; today: string }
  | { code: 'duplicate-day' | 'duplicate-segment' | 'duplicate-post' | 'duplicate-site'; path: string; key: string }
  /** Longer than any field of an export allows (checked before any field is read). */
  | { code: 'string-too-long'; path: string; length: number; max: number }
  | { code: 'too-deep'; path: string; levels: number }
  | { code: 'key-too-long'; path: string; length: number }
  | { code: 'too-much-time'; path: string; limitMs: number }
  | { code: 'totals-disagree'; path: string; total: number; sum: number }
  | { code: 'not-host'; path: string }
  | { code: 'site-split-disagrees'; path: string; ms: number; sum: number }
  | { code: 'unknown-category'; path: string; category: string }
  | { code: 'not-account-key'; path: string }
  | { code: 'reason-too-long'; path: string; length: number; max: number }
  | { code: 'bad-segment'; path: string }
  | { code: 'wrong-id'; path: string; value: string; expected: string }
  | { code: 'seen-backwards'; path: string }
  | { code: 'bad-manual-entry'; path: string; kind: string; minutes: number }
  /** `site` is what the file holds there, cut to 40 characters. */
  | { code: 'unknown-site'; path: string; site: string }
  /** Not the file: the browser's database failed while storing it, and everything was rolled back. */
  | { code: 'store-failed'; path: ''; error: string };

/**
 * Any refusal of an import. `day` is the date of the day the problem is in, when the path is
 * inside one of `days` whose date was read: a person finds `days[3] (2026-11-23)` in a file.
 */
export type ImportRefusal = (FieldRefusal | FileRefusal) & { day?: string };

export type ImportRefusalCode = ImportRefusal['code'];

export class ImportRefused extends Error {
  override name = 'ImportRefused';
  constructor(readonly refusal: ImportRefusal) {
    // For logs and stack traces only; the page words `refusal`.
    super(`${refusal.path}: ${refusal.code}`);
  }
}

/** Refuses the file; the first problem found refuses all of it. */
export function refuseImport(refusal: ImportRefusal): never {
  throw new ImportRefused(refusal);
}
