/**
 * The export as CSV tables for spreadsheets: days, sites per day, posts seen, intention answers. RFC 4180 quoting;
 * a cell that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with ' so a
 * hostile post snippet or account name stays text (OWASP "CSV injection").
 * The column names and file names are a data format, read by spreadsheets and scripts: they stay
 * English and stable in every language (the page and the Markdown report are what get translated).
 */
import { CATEGORIES } from '../model/categories';
import type { ExportFile } from '../schema/export-format';
import { intentionRowsOf, type IntentionSource } from './intention-figures';
import type { ZipEntry } from './zip-store';

type Cell = string | number | boolean | null;

export function csvTables(file: Pick<ExportFile, 'days' | 'postsSeen'> & IntentionSource): ZipEntry[] {
  return [
    { name: 'days.csv', text: toCsv(daysTable(file)) },
    { name: 'sites.csv', text: toCsv(sitesTable(file)) },
    { name: 'posts-seen.csv', text: toCsv(postsTable(file)) },
    // Always present (only a header while the intention check is off), so the zip's files stay the same.
    { name: 'intentions.csv', text: toCsv(intentionsTable(file)) },
  ];
}

/** One row per answer: when, where, what, and the time counted in its stretch on that host. */
function intentionsTable(file: IntentionSource): Cell[][] {
  return [['at', 'host', 'answer', 'stretch_ms'], ...intentionRowsOf(file).map((row) => [new Date(row.at).toISOString(), row.host, row.answer, row.stretchMs])];
}

function daysTable({ days }: Pick<ExportFile, 'days'>): Cell[][] {
  const head = ['date', 'consume_ms', 'create_ms', 'neutral_ms', 'offline_create_ms', 'face_to_face', 'posts_seen', ...CATEGORIES.map((c) => `flagged_${c}`)];
  return [head, ...days.map((d) => [d.date, d.consumeMs, d.createMs, d.neutralMs, d.manual.offlineCreateMs, d.manual.faceToFace, d.posts.seen, ...CATEGORIES.map((c) => d.posts.flagged[c] ?? 0)])];
}

function sitesTable({ days }: Pick<ExportFile, 'days'>): Cell[][] {
  const rows: Cell[][] = [['date', 'host', 'ms', 'activity', 'consume_ms', 'create_ms', 'neutral_ms']];
  for (const day of days) {
    const sites = Object.entries(day.sites).sort((a, b) => b[1].ms - a[1].ms || a[0].localeCompare(b[0]));
    for (const [host, site] of sites) rows.push([day.date, host, site.ms, site.activity, site.activityMs.consume, site.activityMs.create, site.activityMs.neutral]);
  }
  return rows;
}

function postsTable({ postsSeen }: Pick<ExportFile, 'postsSeen'>): Cell[][] {
  const head = ['key', 'site', 'author', 'permalink', 'sponsored', 'labels', 'first_seen', 'last_seen', 'dwell_ms', 'counted_day', ...CATEGORIES.map((c) => `score_${c}`), 'reasons', 'snippet'];
  return [
    head,
    ...postsSeen.map((p) => [
      p.key, p.site, p.author, p.permalink, p.sponsored, p.labels.join(' '), new Date(p.firstSeenAt).toISOString(), new Date(p.lastSeenAt).toISOString(),
      p.dwellMs, p.countedDay, ...CATEGORIES.map((c) => Math.round(p.scores[c] * 1000) / 1000),
      (p.reasons ?? []).map((r) => `${r.category}: ${r.text}`).join('; '), p.snippet,
    ]),
  ];
}

export function toCsv(rows: readonly Cell[][]): string {
  return `${rows.map((row) => row.map(cellText).join(',')).join('\r\n')}\r\n`;
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
