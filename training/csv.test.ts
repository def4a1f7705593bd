import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and newlines', () => {
    const rows = parseCsv('a,b\n"x, y","he said ""hi""\nthen left"\nplain,2\n');
    expect(rows).toEqual([{ a: 'x, y', b: 'he said "hi"\nthen left' }, { a: 'plain', b: '2' }]);
  });
});
