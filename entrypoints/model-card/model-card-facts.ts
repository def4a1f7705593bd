/**
 * What the page shows from docs/model-card.md, read rather than retyped: the measured accuracy (the
 * table `npm run eval` prints, training/report-table.ts), what each label flags with example cues,
 * and the list of blind spots. Each is null when the card does not have it (yet).
 */
import { CATEGORIES, type Category } from '../../model/categories';
import { findMarkdownTable, stripCodeMarks } from './markdown-table';

export interface AccuracyRow {
  category: Category | null;
  /** As written in the card's first column. */
  head: string;
  /** Every other cell by its header; the baseline's figure in brackets is dropped. */
  cells: Record<string, string>;
}
export interface Accuracy {
  headers: string[];
  rows: AccuracyRow[];
}
export interface Meaning {
  flags: string;
  cues: string;
}
export interface BlindSpot {
  title: string;
  text: string;
}

const asCategory = (cell: string): Category | null => {
  const id = stripCodeMarks(cell);
  return (CATEGORIES as readonly string[]).includes(id) ? (id as Category) : null;
};
/** "0.912 (0.850)" → "0.912". */
const modelFigure = (cell: string) => cell.replace(/\s*\([^)]*\)\s*$/, '').trim();

export function parseAccuracy(markdown: string): Accuracy | null {
  const table = findMarkdownTable(markdown, (line) => /AUROC/i.test(line));
  if (!table) return null;
  const [, ...headers] = table.headers;
  const rows = table.rows.map(([head = '', ...values]) => ({
    category: asCategory(head),
    head: stripCodeMarks(head),
    cells: Object.fromEntries(headers.map((h, k) => [h, modelFigure(values[k] ?? '')])),
  }));
  return { headers, rows };
}

export function parseMeanings(markdown: string): Partial<Record<Category, Meaning>> | null {
  const table = findMarkdownTable(markdown, (line) => /what it flags/i.test(line));
  if (!table) return null;
  const meanings: Partial<Record<Category, Meaning>> = {};
  for (const [label = '', flags = '', cues = ''] of table.rows) {
    const category = asCategory(label);
    if (category) meanings[category] = { flags: stripCodeMarks(flags), cues: stripCodeMarks(cues) };
  }
  return meanings;
}

/** "- **Title.** text that may go on over several lines" under "## Blind spots". */
export function parseBlindSpots(markdown: string): BlindSpot[] | null {
  const section = /^## Blind spots\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(markdown);
  if (!section) return null;
  const items = section[1]!.split(/^- /m).slice(1).map((item) => item.replace(/\s+/g, ' ').trim());
  const spots = items.map((item) => {
    const bold = /^\*\*(.+?)\*\*\s*(.*)$/.exec(item);
    return bold ? { title: stripCodeMarks(bold[1]!), text: stripCodeMarks(bold[2]!) } : { title: '', text: stripCodeMarks(item) };
  });
  return spots.length > 0 ? spots : null;
}

export interface DataSource {
  data: string;
  usedFor: string;
  licence: string;
}

/** The "Data and licences" table: every set that trained the shipped weights, with its credit. */
export function parseDataSources(markdown: string): DataSource[] | null {
  const table = findMarkdownTable(markdown, (line) => /licen[cs]e/i.test(line) && /used for/i.test(line));
  if (!table) return null;
  return table.rows.map(([data = '', usedFor = '', licence = '']) => ({
    data: stripCodeMarks(data),
    usedFor: stripCodeMarks(usedFor),
    licence: stripCodeMarks(licence),
  }));
}
