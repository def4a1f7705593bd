import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zipStore } from './zip-store';

const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the stored ZIP writer', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it.skipIf(!hasUnzip)('writes a file that unzip reads back unchanged', () => {
    const folder = mkdtempSync(join(tmpdir(), 'realign-zip-'));
    try {
      const zip = join(folder, 'tables.zip');
      writeFileSync(zip, zipStore([{ name: 'days.csv', text: 'date,ms\n2026-11-23,60000\n' }, { name: 'sites.csv', text: 'host\nmünchen.de ✓\n' }]));
      expect(execFileSync('unzip', ['-t', zip]).toString()).toMatch(/No errors detected/);
      execFileSync('unzip', ['-q', zip, '-d', folder]);
      expect(readFileSync(join(folder, 'sites.csv'), 'utf8')).toBe('host\nmünchen.de ✓\n');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
