/**
 * Saved real pages live in ../shared/fixtures, beside the clone; they are never copied into the
 * repository. Tests that need them skip with a one-line note when they are absent.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './browser';

export const SHARED_FIXTURES = resolve(REPO_ROOT, '..', 'shared', 'fixtures');
export const DEMO_FEED = join(REPO_ROOT, 'demo', 'feed.html');

let noted = false;

/** Path of a saved page under ../shared/fixtures, or null (with a note, once) when it is absent. */
export function sharedFixture(relativePath: string): string | null {
  const path = join(SHARED_FIXTURES, relativePath);
  if (existsSync(path)) return path;
  if (!noted) {
    noted = true;
    console.warn(`Skipping tests on saved real pages: ${SHARED_FIXTURES} is not here.`);
  }
  return null;
}
