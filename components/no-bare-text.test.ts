/**
 * A translation is a file, not a code change: every word a person reads on the extension's pages
 * comes from public/_locales through message(). This test reads the pages' TSX and names any
 * text written straight into the markup (element text, or an aria-label/title/placeholder/alt
 * given as a plain string).
 */
import { parseSync } from '@babel/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);
const HAS_LETTER = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tsx') && !entry.parentPath.includes('__fixtures__'))
    .map((entry) => join(entry.parentPath, entry.name));
}

interface Node { type: string; [key: string]: unknown }

/** "file:line text" for each piece of text written straight into the markup. */
function bareTextIn(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const ast = parseSync(source, { filename: file, configFile: false, babelrc: false, parserOpts: { plugins: ['jsx', 'typescript'] } });
  const found: string[] = [];
  const where = (node: Node) => `${relative(ROOT, file)}:${(node.loc as { start: { line: number } }).start.line}`;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const n = node as Node;
    if (n.type === 'JSXText' && HAS_LETTER.test(n.value as string)) found.push(`${where(n)} ${(n.value as string).trim()}`);
    if (n.type === 'JSXAttribute') {
      const name = (n.name as { name: string }).name;
      const value = n.value as Node | null;
      if (READ_ATTRIBUTES.has(name) && value?.type === 'StringLiteral' && HAS_LETTER.test(value.value as string)) found.push(`${where(n)} ${name}="${value.value as string}"`);
    }
    for (const key in n) if (key !== 'loc' && key !== 'start' && key !== 'end') visit(n[key]);
  };
  visit(ast?.program);
  return found;
}

describe('text on the extension pages', () => {
  const files = [...tsxFiles(join(ROOT, 'entrypoints')), ...tsxFiles(join(ROOT, 'components'))];

  it('finds text written into markup (the check can fail)', () => {
    const sample = join(import.meta.dirname, '__fixtures__', 'bare-text.tsx');
    expect(bareTextIn(sample)).toEqual([
      'components/__fixtures__/bare-text.tsx:3 Hello there',
      'components/__fixtures__/bare-text.tsx:4 aria-label="Close"',
    ]);
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))('%s takes its words from _locales', (_, file) => {
    expect(bareTextIn(file)).toEqual([]);
  });
});
