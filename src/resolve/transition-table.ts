/**
 * Open-addressing hash table from (state, symbol) to state in one typed array of (state, symbol,
 * target) triples: the scan looks up a transition for every character of every body, and a probe
 * that touches one cache line beats a `Map` with composite keys several times over.
 */
export class TransitionTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(maxEntries: number) {
    let bits = 4;
    while (1 << bits < maxEntries * 2) bits++;
    this.slots = new Int32Array((1 << bits) * 3).fill(-1);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  get(state: number, symbol: number): number {
    const slots = this.slots;
    for (let slot = this.slot(state, symbol); ; slot = (slot + 1) & this.mask) {
      const at = slot * 3;
      const held = slots[at]!;
      if (held === -1) return 0;
      if (held === state && slots[at + 1] === symbol) return slots[at + 2]!;
    }
  }

  set(state: number, symbol: number, target: number): void {
    let slot = this.slot(state, symbol);
    while (this.slots[slot * 3] !== -1) slot = (slot + 1) & this.mask;
    this.slots[slot * 3] = state;
    this.slots[slot * 3 + 1] = symbol;
    this.slots[slot * 3 + 2] = target;
  }

  private slot(state: number, symbol: number): number {
    // Fibonacci hashing: the high bits of the product are the well-mixed ones.
    return Math.imul(state ^ Math.imul(symbol, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
  }
}
