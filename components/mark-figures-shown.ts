let marked = false;

/**
 * Marks the moment a page first shows its figures (a User Timing mark the benchmarks read).
 * Called from an effect, which Preact runs after the render reached the screen.
 */
export function markFiguresShown(): void {
  if (marked) return;
  marked = true;
  performance.mark('realign:figures-shown');
}
