/** The first Markdown table whose header row passes `isWanted`: its headers and rows of cells. */
export interface MarkdownTable {
  headers: string[];
  rows: string[][];
}

const splitRow = (line: string) =>
  line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
const isDivider = (line: string) => /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);

export function findMarkdownTable(markdown: string, isWanted: (headerLine: string) => boolean): MarkdownTable | null {
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim().startsWith('|') || !isDivider(lines[i + 1]!) || !isWanted(line)) continue;
    const rows: string[][] = [];
    for (let j = i + 2; j < lines.length && lines[j]!.trim().startsWith('|'); j++) rows.push(splitRow(lines[j]!));
    return rows.length > 0 ? { headers: splitRow(line), rows } : null;
  }
  return null;
}

/** `ai` → ai: inline code marks are for the Markdown reader, not for this page. */
export const stripCodeMarks = (cell: string) => cell.replace(/`([^`]*)`/g, '$1');
