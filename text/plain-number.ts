/**
 * A number as a person types it in a settings box: digits, with at most one decimal point.
 * JavaScript's Number() would also take "1e3" (1000), "0x10" (16) or " " (0); a box that saves
 * what the person did not mean to type is refused instead. NaN for anything else.
 */
const PLAIN = /^\d+(\.\d+)?$/;

export function parsePlainNumber(text: string): number {
  const trimmed = text.trim();
  return PLAIN.test(trimmed) ? Number(trimmed) : Number.NaN;
}
