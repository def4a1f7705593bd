// The batch classifier behind `npm run classify`: JSON Lines in, JSON Lines out. A bad line is
// reported (with its 1-based line number) and skipped; every good line is still judged.
// Each reason is a string that names its label first ("scam: wording typical of scams: '…'").

import { judge } from '../model/index';

export interface ClassifyResult { output: string[]; errors: string[] }

export function classifyLine(line: string, lineNumber: number): { out?: string; error?: string } {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return { error: `line ${lineNumber}: not valid JSON (${(e as Error).message})` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { error: `line ${lineNumber}: expected an object {"id": ..., "text": ...}` };
  const { id, text } = input as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { error: `line ${lineNumber}: "text" must be a string` };
  if (id === undefined || id === null || (typeof id !== 'string' && typeof id !== 'number')) return { error: `line ${lineNumber}: "id" must be a string or number` };
  const j = judge(text);
  return { out: JSON.stringify({ id, scores: j.scores, labels: j.labels, strength: j.strength, reasons: j.reasons.map((r) => `${r.category}: ${r.text}`) }) };
}

export function classifyText(input: string): ClassifyResult {
  const output: string[] = [], errors: string[] = [];
  input.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const r = classifyLine(line, i + 1);
    if (r.out !== undefined) output.push(r.out);
    if (r.error !== undefined) errors.push(r.error);
  });
  return { output, errors };
}
