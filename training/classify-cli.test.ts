import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../model/index';
import { REPO_ROOT } from './data-dir';

function runCli(input: string): { stdout: string; stderr: string; status: number | null } {
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, [join(REPO_ROOT, 'scripts', 'classify.ts')], { input, encoding: 'utf8', cwd: REPO_ROOT });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('classify CLI', () => {
  it('judges every good line and names every bad one', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Your PayPal account has been limited. Confirm your account details within 24 hours or your account will be permanently suspended: paypal-resolution-center.com/verify' }),
      '{not json',
      JSON.stringify({ id: 'b' }),
      '',
      JSON.stringify({ id: 'c', text: 'See you at lunch tomorrow?' }),
      JSON.stringify([1, 2]),
    ].join('\n');
    const r = runCli(input);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; scores: Record<string, number>; labels: string[]; reasons: unknown[] });
    expect(out.map((o) => o.id)).toEqual(['a', 'c']);
    for (const o of out) {
      expect(Object.keys(o.scores).sort()).toEqual([...CATEGORIES].sort());
      for (const p of Object.values(o.scores)) expect(p >= 0 && p <= 1).toBe(true);
      for (const reason of o.reasons) expect(typeof reason).toBe('string');
    }
    expect(out[0]!.labels).toContain('scam');
    for (const reason of out[0]!.reasons as string[]) expect(reason).toMatch(/^scam: /);
    expect(r.stderr).toMatch(/line 2\b/);
    expect(r.stderr).toMatch(/line 3\b/);
    expect(r.stderr).toMatch(/line 6\b/);
    expect(r.stderr).not.toMatch(/line [145]\b/);
    expect(r.status).not.toBe(0);
  }, 30_000);

  it('prints its usage with --help', () => {
    const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const r = spawnSync(tsx, [join(REPO_ROOT, 'scripts', 'classify.ts'), '--help'], { encoding: 'utf8', cwd: REPO_ROOT });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/npm run --silent classify < posts\.jsonl/);
  }, 30_000);

  it('exits 0 when every line is good', () => {
    const r = runCli(`${JSON.stringify({ id: 1, text: 'hello' })}\n`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(1);
  }, 30_000);
});
