/**
 * A value made when first asked for, then kept: for Intl formatters, which cost far more to make
 * than to use, and which a page would otherwise make while its modules load, used or not.
 */
export function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
