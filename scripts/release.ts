/**
 * `npm run release`: the three packages a store submission needs, checked before they are named.
 *
 *   wxt zip (Chrome) ─▶ wxt zip -b firefox (Firefox + sources) ─▶ versions match package.json
 *   ─▶ every manifest permission is justified in docs/permissions.md
 *   ─▶ web-ext lint on the Firefox build: no error, no warning that docs/permissions.md leaves unexplained
 *   ─▶ the sources zip, unpacked in a temporary folder, installed (`npm ci`) and built as README says,
 *      gives the Firefox package file for file (Firefox's reviewers rebuild it and compare)
 *   ─▶ prints the three zip paths
 *
 * Exits non-zero at the first failed step, so a package that is printed is one to upload.
 * `--no-rebuild-check` skips the rebuild (it needs `unzip` and the npm registry), and says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT = join(ROOT, '.output');
const BIN = join(ROOT, 'node_modules', '.bin');

interface Manifest {
  version: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

function fail(message: string): never {
  console.error(`\nrelease: ${message}`);
  process.exit(1);
}

/** Runs a tool from node_modules/.bin; fails the release when it fails, unless its exit code is only a verdict. */
function run(command: string, args: string[], { isVerdict = false } = {}): string {
  const result = spawnSync(join(BIN, command), args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0 && !isVerdict) fail(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stdout}`);
  return result.stdout;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Every entry a store form asks about: permissions, optional ones, and the hosts scripts run on. */
function manifestEntries(manifest: Manifest): string[] {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
}

function zipBoth(version: string): string[] {
  for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
    console.log(`\n$ wxt ${args.join(' ')}`);
    process.stdout.write(run('wxt', args));
  }
  const zips = ['chrome', 'firefox', 'sources'].map((kind) => join(OUTPUT, `realign-${version}-${kind}.zip`));
  const missing = zips.filter((zip) => !existsSync(zip));
  if (missing.length) fail(`WXT did not write ${missing.map((zip) => relative(ROOT, zip)).join(', ')}`);
  return zips;
}

function checkManifests(version: string, permissionsDoc: string): void {
  for (const build of ['chrome-mv3', 'firefox-mv3']) {
    const manifest = readJson<Manifest>(join(OUTPUT, build, 'manifest.json'));
    if (manifest.version !== version) fail(`${build}/manifest.json says ${manifest.version}, package.json ${version}`);
    const unexplained = manifestEntries(manifest).filter((entry) => !permissionsDoc.includes(`\`${entry}\``));
    if (unexplained.length) fail(`docs/permissions.md does not justify ${unexplained.join(', ')} (${build})`);
  }
  console.log('\nManifests: version and every permission justified in docs/permissions.md.');
}

function lintFirefox(permissionsDoc: string): void {
  const output = run('web-ext', ['lint', '--source-dir', join(OUTPUT, 'firefox-mv3'), '--self-hosted=false', '--output', 'json'], {
    // web-ext exits 1 when it finds errors; the report below says which.
    isVerdict: true,
  });
  const report = JSON.parse(output.slice(output.indexOf('{'))) as { errors: LintMessage[]; warnings: LintMessage[] };
  const show = (m: LintMessage) => `  ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`;
  console.log(`\nweb-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings`);
  for (const warning of report.warnings) console.log(show(warning));
  if (report.errors.length) fail(`web-ext lint errors:\n${report.errors.map(show).join('\n')}`);
  const unexplained = report.warnings.filter((warning) => !permissionsDoc.includes(`\`${warning.code}\``));
  if (unexplained.length) fail(`warnings not explained in docs/permissions.md:\n${unexplained.map(show).join('\n')}`);
}

/** Every file below `dir`, as paths relative to it. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** What a reviewer does with the sources zip: unpack, `npm ci`, `npm run build:firefox`, compare. */
function rebuildFromSources(sourcesZip: string): void {
  const folder = mkdtempSync(join(tmpdir(), 'realign-sources-'));
  const step = (command: string, args: string[], cwd: string) => {
    console.log(`  $ ${command} ${args.join(' ')}`);
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.error) fail(`${command} could not start (${result.error.message}); install it, or pass --no-rebuild-check`);
    if (result.status !== 0) fail(`rebuilding from the sources zip: ${command} ${args.join(' ')} exited with ${result.status}:\n${result.stdout}${result.stderr}`);
  };
  try {
    console.log(`\nRebuilding the Firefox package from ${relative(ROOT, sourcesZip)} in ${folder}:`);
    step('unzip', ['-q', sourcesZip, '-d', folder], ROOT);
    step('npm', ['ci', '--no-audit', '--no-fund'], folder);
    step('npm', ['run', 'build:firefox'], folder);
    const ours = join(OUTPUT, 'firefox-mv3'), theirs = join(folder, '.output', 'firefox-mv3');
    const [expected, rebuilt] = [filesBelow(ours), filesBelow(theirs)];
    const differing = [...new Set([...expected, ...rebuilt])].filter(
      (file) => !expected.includes(file) || !rebuilt.includes(file) || !readFileSync(join(ours, file)).equals(readFileSync(join(theirs, file))),
    );
    if (differing.length) fail(`the sources zip does not rebuild the Firefox package; these files differ or are missing:\n  ${differing.join('\n  ')}`);
    console.log(`Sources: the rebuilt Firefox package is identical, ${expected.length} files.`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const { version } = readJson<{ version: string }>(join(ROOT, 'package.json'));
const permissionsDoc = readFileSync(join(ROOT, 'docs', 'permissions.md'), 'utf8');
const zips = zipBoth(version);
checkManifests(version, permissionsDoc);
lintFirefox(permissionsDoc);
if (process.argv.includes('--no-rebuild-check')) console.warn('\nNot checked (--no-rebuild-check): that the sources zip rebuilds the Firefox package.');
else rebuildFromSources(zips[2]!);
// The sources zip is the working tree: a release from a checkout with uncommitted files says so.
const changes = spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
if (changes) console.warn(`\nNote: the sources zip holds ${changes.split('\n').length} uncommitted or untracked paths (\`git status\`).`);
console.log(`\nRealign ${version}, ready to upload:`);
for (const zip of zips) console.log(`  ${relative(ROOT, zip)}`);
