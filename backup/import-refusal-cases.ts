/**
 * Broken and hostile import files, each with the refusal it must get (code and path, read by
 * backup/import-refusals.test.ts) and the words a person must read behind "Details" (read by the
 * report page's entrypoints/report/sections/import-refusal-text.test.ts). One table, so the two
 * tests cannot drift apart. Each file is a valid export (`base`) changed by one edit.
 */
import type { ImportRefusalCode } from './import-refusal';
import type { ExportFile } from '../schema/export-format';

// biome-ignore lint/suspicious/noExplicitAny: the cases poke at raw JSON
export type Mutable = Record<string, any>;

export interface RefusalCase {
  name: string;
  text: (base: ExportFile) => string;
  code: ImportRefusalCode;
  /** The path in the file ('' for the file as a whole). */
  path: string | RegExp;
  /** Set when the problem lies inside a day whose date was read. */
  isInDay?: boolean;
  /** The technical reason as shown behind "Details". */
  words: RegExp;
}

/** A valid export of another profile, changed by `edit` into a bad one. */
export function fileWith(base: ExportFile, edit: (file: Mutable) => void): string {
  const file = structuredClone(base) as Mutable;
  edit(file);
  return JSON.stringify(file);
}

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
const row = (name: string, text: RefusalCase['text'], code: ImportRefusalCode, path: string | RegExp, words: RegExp, isInDay = false): RefusalCase =>
  ({ name, text, code, path, words, isInDay });

export const REFUSAL_CASES: RefusalCase[] = [
  row('an empty file', () => '', 'not-json', '', /not valid JSON/),
  row('a cut-off file', (base) => JSON.stringify(base).slice(0, 500), 'not-json', '', /not valid JSON/),
  row('a list instead of an export', () => '[1, 2, 3]', 'not-export', '', /not a Realign export: the file holds a list/),
  row('another program\'s JSON', () => '{"format": "something-else", "version": 1}', 'wrong-format', 'format', /not a Realign export: "format" is "something-else"/),
  row('a newer format version', (b) => fileWith(b, (f) => (f.version = 2)), 'newer-version', 'version', /made by a newer Realign \(export format version 2\).*reads up to version 1/),
  row('a version that is text', (b) => fileWith(b, (f) => (f.version = '1')), 'not-whole-number', 'version', /version: expected a whole number/),
  row('no days', (b) => fileWith(b, (f) => delete f.days), 'not-list', 'days', /days: expected a list, found undefined/),
  row('time as text', (b) => fileWith(b, (f) => (f.days[0].consumeMs = '100')), 'not-whole-number', 'days[0].consumeMs', /days\[0\] \(\d{4}-\d{2}-\d{2}\)\.consumeMs: expected a whole number/, true),
  row('negative time', (b) => fileWith(b, (f) => (f.days[0].createMs = -5)), 'not-whole-number', 'days[0].createMs', /createMs: expected a whole number from 0/, true),
  row('an absurd amount of time', (b) => fileWith(b, (f) => (f.days[0].neutralMs = 1e15)), 'not-whole-number', 'days[0].neutralMs', /neutralMs: expected a whole number from 0 to 360,000,000/, true),
  row('infinity', (b) => JSON.stringify(b).replace(/"dwellMs":\d+/, '"dwellMs":1e400'), 'not-whole-number', 'postsSeen[0].dwellMs', /dwellMs: expected a whole number/),
  row('totals that contradict the sites', (b) => fileWith(b, (f) => (f.days[1].consumeMs += 60_000)), 'totals-disagree', 'days[1].consumeMs', /consumeMs is \d+ but its sites add up to \d+/, true),
  row('an impossible date', (b) => fileWith(b, (f) => (f.days[0].date = '2026-02-30')), 'impossible-day', 'days[0].date', /2026-02-30 is not a day/),
  row('the same day twice', (b) => fileWith(b, (f) => f.days.push(f.days[0])), 'duplicate-day', 'days', /days: the day "\d{4}-\d{2}-\d{2}" appears twice/),
  row('an unknown category', (b) => fileWith(b, (f) => (f.days[0].posts.flagged.gossip = 1)), 'unknown-category', 'days[0].posts.flagged', /unknown category "gossip"/, true),
  row('more flagged posts than seen', (b) => fileWith(b, (f) => (f.days[0].posts.flagged.ai = f.days[0].posts.seen + 1)), 'not-whole-number', 'days[0].posts.flagged.ai', /flagged\.ai: expected a whole number from 0 to/, true),
  row('a probability above 1', (b) => fileWith(b, (f) => (f.postsSeen[0].scores.fear = 1.5)), 'not-number', 'postsSeen[0].scores.fear', /postsSeen\[0\]\.scores\.fear: expected a number from 0 to 1/),
  row('a site Realign does not know', (b) => fileWith(b, (f) => (f.postsSeen[0].site = 'myspace')), 'not-one-of', 'postsSeen[0].site', /postsSeen\[0\]\.site: expected one of/),
  row('a segment whose id does not match it', (b) => fileWith(b, (f) => (f.segments[0].id = 'evil')), 'wrong-id', 'segments[0].id', /segments\[0\]\.id: "evil" should be/),
  row('a segment that ends before it starts', (b) => fileWith(b, (f) => (f.segments[0].end = f.segments[0].start - 1)), 'bad-segment', 'segments[0]', /must end after it starts/),
  row('a timestamp in the year 275760', (b) => fileWith(b, (f) => (f.nudges[0].at = 8.64e15)), 'not-whole-number', 'nudges[0].at', /nudges\[0\]\.at: expected a whole number/),
  row('a manual entry of 10,000 minutes', (b) => fileWith(b, (f) => (f.manualEntries[0].minutes = 10_000)), 'not-whole-number', 'manualEntries[0].minutes', /manualEntries\[0\]\.minutes/),
  row('a host that is not a host', (b) => fileWith(b, (f) => (f.days[0].sites['<script>'] = { ms: 0, activity: 'consume' })), 'not-host', 'days[0].sites["<script>"]', /not a host name/, true),
  row('__proto__ as a host', (b) => JSON.stringify(b).replace('"sites":{', '"sites":{"__proto__":{"ms":0,"activity":"consume","polluted":true},'), 'forbidden-key', 'days[0].sites', /the key "__proto__" is not allowed/),
  row('constructor as an account', (b) => fileWith(b, (f) => (f.days[0].flaggedAuthors = { constructor: 1 })), 'forbidden-key', 'days[0].flaggedAuthors', /the key "constructor" is not allowed/),
  row('__proto__ at the top level', (b) => JSON.stringify(b).replace('{', '{"__proto__":{"isAdmin":true},'), 'forbidden-key', '', /the file: the key "__proto__" is not allowed/),
  row('a huge string', (b) => fileWith(b, (f) => (f.postsSeen[0].snippet = 'x'.repeat(1_000_000))), 'string-too-long', 'postsSeen[0].snippet', /postsSeen\[0\]\.snippet: text of 1,000,000 characters/),
  row('a snippet longer than Realign keeps', (b) => fileWith(b, (f) => (f.postsSeen[0].snippet = 'x'.repeat(301))), 'text-too-long', 'postsSeen[0].snippet', /snippet: text of 301 characters, longer than 300/),
  row('deep nesting', (b) => JSON.stringify(b).replace('"timeZone":', `"extra":${deep(100_000)},"timeZone":`), 'too-deep', /^extra(\[0\]){7}$/, /nested (deeper than a Realign export|too deeply)/),
  row('an object where a list belongs', (b) => fileWith(b, (f) => (f.segments = { 0: f.segments[0] })), 'not-list', 'segments', /segments: expected a list, found an object/),
  row('a sites list instead of a map', (b) => fileWith(b, (f) => (f.days[0].sites = [])), 'not-object', 'days[0].sites', /sites: expected an object, found a list/, true),
  row('a reason longer than Realign keeps', (b) => fileWith(b, (f) => (f.postsSeen[0].reasons = [{ category: 'fear', text: 'x'.repeat(121) }])), 'text-too-long', 'postsSeen[0].reasons[0].text', /postsSeen\[0\]\.reasons\[0\]\.text: text of 121 characters/),
  row('reasons under an unknown category', (b) => fileWith(b, (f) => (f.days[0].reasons = { gossip: { 'juicy words': 1 } })), 'unknown-category', 'days[0].reasons', /reasons: unknown category "gossip"/, true),
  row('an intention answer the check never offers', (b) => fileWith(b, (f) => (f.intentions[0].answer = 'doomscroll')), 'not-one-of', 'intentions[0].answer', /intentions\[0\]\.answer: expected one of catch-up, reply, look-up, unwind, skip, found "doomscroll"/),
  row('an intention answer without a site', (b) => fileWith(b, (f) => delete f.intentions[1].host), 'not-text', 'intentions[1].host', /intentions\[1\]\.host: expected text, found undefined/),
  row('an intention answer in the year 1970', (b) => fileWith(b, (f) => (f.intentions[0].at = 0)), 'not-whole-number', 'intentions[0].at', /intentions\[0\]\.at: expected a whole number/),
  row('a bad post at the end of a long file', (b) => fileWith(b, (f) => (f.postsSeen[f.postsSeen.length - 1].labels = ['ai', 'oops'])), 'not-one-of', /^postsSeen\[\d+\]\.labels\[1\]$/, /labels\[1\]: expected one of/),
];
