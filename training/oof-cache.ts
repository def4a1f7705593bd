// Out-of-source scores take minutes to compute; npm run train keeps the shipped recipe's in
// .cache/ (with a fingerprint of the posts they belong to) so that npm run eval can reuse them
// instead of computing them a second time. A stale or missing file is simply recomputed.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from './corpus';
import type { NamedRecipe } from './recipes';
import { REPO_ROOT } from './data-dir';

const DIR = join(REPO_ROOT, '.cache', 'realign-eval');

function fingerprint(recipe: NamedRecipe, docs: readonly Doc[], kind: string): string {
  const h = createHash('sha256');
  if (kind !== 'out-of-source') h.update(kind);
  h.update(JSON.stringify(recipe));
  for (const d of docs) h.update(d.source).update(d.text).update(JSON.stringify(d.labels));
  return h.digest('hex').slice(0, 16);
}

export function writeOutOfSource(name: NamedRecipe, docs: readonly Doc[], logits: Float64Array, kind = 'out-of-source'): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, `${fingerprint(name, docs, kind)}.bin`), Buffer.from(logits.buffer, logits.byteOffset, logits.byteLength));
}

export function readOutOfSource(name: NamedRecipe, docs: readonly Doc[], kind = 'out-of-source'): Float64Array | null {
  const path = join(DIR, `${fingerprint(name, docs, kind)}.bin`);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
