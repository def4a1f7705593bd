// Open-addressing hash table from 30-bit hashes to numbers, on typed arrays. Replaces Map in
// the per-token lookups (phrases, valence): one multiply and usually one probe, no boxing.
// Key 0 marks an empty slot, so a (1-in-a-billion) zero hash is stored as 1.

export class IntTable {
  private keys: Int32Array;
  private vals: Float64Array;
  private shift: number;
  private mask: number;
  size = 0;

  constructor(expected: number) {
    let bits = 4;
    while (1 << bits < expected * 2) bits++;
    this.keys = new Int32Array(1 << bits);
    this.vals = new Float64Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  private slot(key: number): number {
    const k = key === 0 ? 1 : key;
    let i = Math.imul(k, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== 0 && this.keys[i] !== k) i = (i + 1) & this.mask;
    return i;
  }

  /** The value stored for `key`, or `missing`. */
  get(key: number, missing: number): number {
    const k = key === 0 ? 1 : key;
    let i = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const at = this.keys[i]!;
      if (at === k) return this.vals[i]!;
      if (at === 0) return missing;
      i = (i + 1) & this.mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(key);
    if (this.keys[i] === 0) { this.keys[i] = key === 0 ? 1 : key; this.size++; }
    this.vals[i] = value;
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.vals = new Float64Array(keys.length * 2);
    this.shift--;
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i]!, vals[i]!);
  }
}
