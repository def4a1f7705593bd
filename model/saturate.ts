// Cue values live in [0, ~1.5] so one learning rate and one regulariser suit every cue.

/** 1 occurrence → 0.5, 2 → 0.75, 3 → 0.875: the first hit matters most. */
export function saturate(count: number): number {
  return count <= 0 ? 0 : 1 - Math.pow(0.5, count);
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
