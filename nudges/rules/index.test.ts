/**
 * The list in index.ts is the only declaration of the nudge rules: every rule in it has its words,
 * is asked by the popup's chooser, is accepted by the switched-off list, has its settings toggle
 * and its name on the weekly page; and no other source file names a rule's id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_GOALS } from '../goals';
import { cleanSwitchedOff } from '../../settings/nudge-prefs';
import { formatEnglish } from '../../text/i18n';
import { chooseNudges } from '../choose-nudges';
import { nameNudgeRule } from '../nudge-names';
import type { NudgeContext } from '../nudge';
import { isNudgeRule, NUDGE_RULE_IDS, NUDGE_RULES } from '.';

const ROOT = join(import.meta.dirname, '../..');
const SKIPPED = new Set(['node_modules', '.output', '.wxt', '.git', 'e2e', 'docs', 'public', 'training', 'harness']);

/** The shipped source files: no tests, no test kits. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/(\.test\.tsx?|test-kit\.ts)$/.test(entry.name) ? [path] : [];
  });
}

const quiet: NudgeContext = {
  now: new Date(2026, 10, 24, 15, 0).getTime(),
  goals: DEFAULT_GOALS,
  consumeMs: 0,
  createMs: 0,
  screenMs: 0,
  recentLabels: [],
  unbrokenMs: 0,
  siteMs: {},
  siteLimits: {},
};

describe('the list of nudge rules', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives each rule its own id, a name and a description in English', () => {
    expect(new Set(NUDGE_RULE_IDS).size).toBe(NUDGE_RULES.length);
    for (const rule of NUDGE_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(formatEnglish(rule.name), rule.id).not.toBe('');
      expect(formatEnglish(rule.about), rule.id).not.toBe('');
      expect(nameNudgeRule(rule.id)).toBe(formatEnglish(rule.name));
    }
    expect(new Set(NUDGE_RULES.map((rule) => formatEnglish(rule.name))).size).toBe(NUDGE_RULES.length);
  });

  it('is what the chooser asks, in its order, and a rule switched off is not asked', () => {
    const asked: string[] = [];
    for (const rule of NUDGE_RULES) {
      vi.spyOn(rule, 'evaluate').mockImplementation(() => {
        asked.push(rule.id);
        return null;
      });
    }
    chooseNudges(quiet, [], []);
    expect(asked).toEqual(NUDGE_RULE_IDS);
    asked.length = 0;
    chooseNudges(quiet, [], [NUDGE_RULE_IDS[0]!]);
    expect(asked).toEqual(NUDGE_RULE_IDS.slice(1));
  });

  it('is what the switched-off list accepts', () => {
    expect(cleanSwitchedOff([...NUDGE_RULE_IDS, 'nag-forever'])).toEqual(NUDGE_RULE_IDS);
    expect(NUDGE_RULE_IDS.every(isNudgeRule)).toBe(true);
    expect(isNudgeRule('nag-forever')).toBe(false);
  });

  it('is the only place a rule id is written: no other shipped file names one', () => {
    const ownFiles = new Set(NUDGE_RULE_IDS.map((id) => join(import.meta.dirname, `${id}.ts`)));
    const naming = sourceFiles(ROOT)
      .filter((file) => !ownFiles.has(file))
      .flatMap((file) => {
        const source = readFileSync(file, 'utf8');
        // A string that is only the id; not a markup attribute (id="screen-time" is a page's own name).
        return NUDGE_RULE_IDS.filter((id) => new RegExp(`(?<!=)(['"\`])${id}\\1`).test(source)).map((id) => `${relative(ROOT, file)}: ${id}`);
      });
    expect(naming).toEqual([]);
  });
});
