/**
 * `npm run bench`: runs every bench/*.bench.ts in its own Node process, one after another
 * (two cores: parallel benchmarks would measure each other), and prints their figures.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const folder = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

let failed = 0;
for (const name of files) {
  console.log(`\n━━ ${name.replace('.bench.ts', '')} ━━`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(folder, name)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`(${name} failed with exit code ${run.status})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
