/**
 * The house's floors: each folder may import only the folders below it, and the pure floors
 * import nothing of the browser, the database or the pages. scripts/layers.test.ts holds the code
 * to them, places every folder and keeps the README's layout section in step.
 */
import { dirname, relative, resolve } from 'node:path';

/** Lowest first. A folder may import its own files and the folders before it, never one after. */
export const FLOORS = [
  // The pure core: no browser, no database, no pages. Runs in Node as it runs in a tab.
  'model', // the local model: features, weights, judge, reasons
  'sites', // one adapter per site: DOM → Post
  'activity', // time accounting as a pure state machine, local days
  'pause', // when a pause card is due
  'intention', // the intention check's answers and stretches
  'text', // the words: messages, formatting, names
  'figures', // the day rollup and the stored rows' shapes; figures over them: top sites, consume vs create, the diet
  'schema', // the backup file's shape, and row checks and limits shared by messages and the import
  'nudges', // the nudge rules and how at most two are chosen
  'summary', // the week's figures, sentences, Markdown and CSV
  'charts', // the charts' geometry: plain numbers for an SVG to draw
  // The browser's floor: storage, messages, settings.
  'settings', // typed settings in the browser's storage
  'messaging', // every message between contexts
  'storage', // the Dexie database: the only code that touches IndexedDB
  'backup', // the JSON backup: export, checks, import, merge
  'review', // what the popup shows, read in one go
  // What people see and what runs: pages, the feed, the background.
  'components',
  'feed',
  'background',
  'entrypoints',
] as const;

/** The floors that must stay pure: the core, up to the charts. */
export const PURE_FLOORS: readonly string[] = FLOORS.slice(0, FLOORS.indexOf('charts') + 1);

/** Folders of tools around the extension, not in it: they may import any floor, and no floor imports them. */
export const TOOLS: Readonly<Record<string, string>> = {
  training: 'trains and measures the model (Node)',
  scripts: 'command-line scripts',
  bench: 'benchmarks',
  harness: 'drives the built extension in browsers',
  e2e: 'end-to-end tests',
};

/** Packages a pure floor must not import: the browser, the database, the page framework. */
const IMPURE_PACKAGES = [/^wxt(\/|$)/, /^@wxt-dev\//, /^webextension-polyfill$/, /^dexie$/, /^preact(\/|$)/];

export interface SourceFile {
  /** Path from the repository's root, with forward slashes. */
  path: string;
  text: string;
}

export interface Breach {
  file: string;
  imports: string;
  why: string;
}

/** Every module a file names: static and type imports, re-exports, dynamic import(), vi.mock(). */
export function importsOf(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.(?:mock|doMock|importActual)\s*\(\s*)(['"])([^'"]+)\1/g);
  return [...found].map((match) => match[2]!);
}

function floorOf(path: string): string {
  return path.split('/')[0]!;
}

/** Tests and the kits they share may reach up to set a scene; what ships may not. */
export function isTestCode(path: string): boolean {
  return /\.test\.tsx?$|-test-kit\.ts$|\/__fixtures__\/|\/testing\//.test(path);
}

/** What breaks the floors in these files. */
export function breaches(files: readonly SourceFile[]): Breach[] {
  const found: Breach[] = [];
  for (const { path, text } of files) {
    if (isTestCode(path)) continue;
    const from = floorOf(path);
    const fromRank = FLOORS.indexOf(from as (typeof FLOORS)[number]);
    if (fromRank < 0) continue; // tools and root files
    for (const spec of importsOf(text)) {
      if (spec.startsWith('.')) {
        const target = relative('/', resolve('/', dirname(path), spec)).replaceAll('\\', '/');
        const to = floorOf(target);
        if (to === from) continue;
        const toRank = FLOORS.indexOf(to as (typeof FLOORS)[number]);
        if (to in TOOLS) found.push({ file: path, imports: spec, why: `${to}/ is a tool, not part of the extension` });
        else if (toRank > fromRank) found.push({ file: path, imports: spec, why: `${from}/ may not import ${to}/, a higher floor` });
      } else if (PURE_FLOORS.includes(from) && IMPURE_PACKAGES.some((pattern) => pattern.test(spec))) {
        found.push({ file: path, imports: spec, why: `${from}/ is pure: no browser, database or page framework` });
      }
    }
  }
  return found;
}
