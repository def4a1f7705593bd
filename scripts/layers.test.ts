/**
 * The floors held (scripts/layers.ts): no folder imports a higher one, the pure floors import no
 * browser, database or page code, every folder is placed, and the README names them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breaches, FLOORS, type SourceFile, TOOLS } from './layers';

const ROOT = join(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', '.cache', 'public', 'docs', 'assets', 'demo', 'screenshots']);

function sourceFolders(): string[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !SKIP.has(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => entry.name);
}

function sourceFiles(folder: string): SourceFile[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => {
      const path = relative(ROOT, join(entry.parentPath, entry.name)).replaceAll('\\', '/');
      return { path, text: readFileSync(join(ROOT, path), 'utf8') };
    });
}

describe('the floors', () => {
  it('place every folder of code', () => {
    const placed = new Set<string>([...FLOORS, ...Object.keys(TOOLS)]);
    expect(sourceFolders().filter((folder) => !placed.has(folder))).toEqual([]);
  });

  it('hold: no folder imports a higher one, and the pure floors import no browser, database or page code', () => {
    const files = FLOORS.flatMap((folder) => sourceFiles(folder));
    expect(files.length).toBeGreaterThan(100);
    expect(breaches(files)).toEqual([]);
  });

  it('catch an upward import, a pure floor reaching for the browser, and a tool imported by the extension', () => {
    const found = breaches([
      { path: 'model/judge.ts', text: "import { openDb } from '../storage/db';" },
      { path: 'text/i18n.ts', text: "import { browser } from 'wxt/browser';" },
      { path: 'summary/week.ts', text: "import type { RealignDb } from '../storage/db';" },
      { path: 'feed/watcher.ts', text: "const kit = await import('../harness/launch');" },
      { path: 'storage/db.ts', text: "import { judge } from '../model/judge';\nexport { x } from './rows';" },
      { path: 'nudges/choose-nudges.test.ts', text: "import { writeGoals } from '../settings/goals';" },
    ]);
    expect(found.map(({ file, why }) => `${file}: ${why}`)).toEqual([
      'model/judge.ts: model/ may not import storage/, a higher floor',
      'text/i18n.ts: text/ is pure: no browser, database or page framework',
      'summary/week.ts: summary/ may not import storage/, a higher floor',
      'feed/watcher.ts: harness/ is a tool, not part of the extension',
    ]);
  });
});

describe("the README's layout section", () => {
  it('names every folder of code once, the floors in their order', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const layout = /## How the code is laid out[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const named = [...layout.matchAll(/^(\S+)\/\s/gm)].map((match) => match[1]!);
    expect(named.filter((folder) => (FLOORS as readonly string[]).includes(folder))).toEqual([...FLOORS]);
    expect([...named].sort()).toEqual([...FLOORS, ...Object.keys(TOOLS), 'demo', 'assets', 'docs'].sort());
  });
});
