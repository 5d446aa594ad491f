/**
 * Seeded randomness for force layouts, shared by the build (Node) and the browser: the same seed
 * gives the same sequence everywhere, so layouts are reproducible byte for byte.
 */

/**
 * A linear congruential generator with the constants d3-force uses internally (its own `lcg` is not
 * exported): numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (1664525 * state + 1013904223) % 4294967296) / 4294967296;
}

/** FNV-1a over UTF-16 code units: a stable 32-bit seed from a string such as a node id. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A well-mixed 32-bit value from `value` (the "lowbias32" integer hash), for when consecutive
 * seeds or LCG outputs would be correlated.
 */
export function mixSeed(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}
