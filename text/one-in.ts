/**
 * A share of posts as people say it: 0.0031 → "320" (read "1 in 320"), two significant figures,
 * in the person's number format. Labels are rare by design, and "0.3%" reads as nothing at all.
 */
// Made on first use: in a feed tab the first Intl object costs the page 15–30 ms (feed/badge.ts).
let integer: Intl.NumberFormat | undefined;

export function oneInCount(share: number): number {
  if (!(share > 0)) return Infinity;
  const n = 1 / share;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}

export function oneIn(share: number): string {
  const n = oneInCount(share);
  if (!Number.isFinite(n)) return '∞';
  integer ??= new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
  return integer.format(n);
}
