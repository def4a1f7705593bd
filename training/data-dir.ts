// Where the training data lives: ../shared/data next to the repository (never inside it).

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = process.env.REALIGN_DATA ?? resolve(REPO_ROOT, '..', 'shared', 'data');

export function hasData(): boolean {
  return existsSync(join(DATA_DIR, 'README.md')) && existsSync(join(DATA_DIR, 'generated', 'ai_posts.jsonl'));
}
