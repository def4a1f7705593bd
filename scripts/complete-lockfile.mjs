#!/usr/bin/env node
/**
 * Completes package-lock.json after `npm install` on a machine whose registry mirror holds only
 * this platform's builds of rollup (the other @rollup/rollup-<os>-<cpu> packages answer 404 there,
 * and npm then leaves them out of the lock, which makes `npm ci` refuse the lock everywhere).
 *
 * For each optional dependency the lock declares but does not list, it adds the entry npm would
 * have written: version, optional, and the os/cpu/libc read from the package's name, so npm ci
 * skips it on other platforms and fetches it by name and version where it is needed.
 *
 *   node scripts/complete-lockfile.mjs     (run after any npm install that changes the lock)
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

/** Where Node would find `dep` from the package at `path`: the nearest node_modules up the tree. */
function isResolvable(path, dep) {
  let base = path;
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${dep}`]) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

/** "@rollup/rollup-linux-arm-musleabihf" → { os: ['linux'], cpu: ['arm'], libc: ['musl'] } */
function platformOf(name) {
  const parts = name.split('/').pop().split('-').slice(1);
  const [os, cpu, abi] = parts;
  const entry = { os: [os], cpu: [cpu === 'ia32' ? 'ia32' : cpu] };
  if (os === 'linux' && abi) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [path, info] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(info.optionalDependencies ?? {})) {
    if (isResolvable(path, dep) || !/^@rollup\/rollup-/.test(dep)) continue;
    const { os, cpu, libc } = platformOf(dep);
    packages[`node_modules/${dep}`] = {
      version,
      cpu,
      ...(libc ? { libc } : {}),
      license: 'MIT',
      optional: true,
      os,
    };
    added++;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `package-lock.json: added ${added} optional platform entries.` : 'package-lock.json is complete.');
