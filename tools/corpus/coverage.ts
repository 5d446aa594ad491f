/**
 * Hands out every item of a list once, in a seeded order, before anything else: the first
 * citation slot of each file takes the next uncovered item, so every stub title and every paper
 * is cited at least once, and the requested counts are the counts the corpus really has.
 */
import type { Random } from './random.ts';

export interface Coverage<T> {
  /** The next uncovered item not in `exclude`, or `undefined` when every usable one is covered. */
  next(exclude: ReadonlySet<T>): T | undefined;
  readonly remaining: number;
}

export function createCoverage<T>(r: Random, items: readonly T[]): Coverage<T> {
  const queue = r.shuffle(items);
  let head = 0;
  return {
    next(exclude) {
      // Skip past excluded items without losing them: the first usable one swaps to the head.
      for (let i = head; i < queue.length; i++) {
        const item = queue[i] as T;
        if (exclude.has(item)) continue;
        queue[i] = queue[head] as T;
        queue[head] = item;
        head++;
        return item;
      }
      return undefined;
    },
    get remaining() {
      return queue.length - head;
    },
  };
}

/**
 * `count` distinct items: up to `coverSlots` (default 1) from `coverage`, then from `pool` (with
 * probability `poolShare`) or from `all`. Never returns an item of `exclude`.
 */
export function drawDistinct<T>(
  r: Random,
  count: number,
  options: { coverage?: Coverage<T>; coverSlots?: number; pool: readonly T[]; poolShare: number; all: readonly T[]; exclude?: ReadonlySet<T> },
): T[] {
  const taken = new Set<T>(options.exclude);
  const out: T[] = [];
  const take = (item: T): void => {
    taken.add(item);
    out.push(item);
  };
  const available = options.all.length - (options.exclude?.size ?? 0);
  const want = Math.min(count, Math.max(0, available));
  const coverSlots = Math.min(want, options.coverSlots ?? 1);
  while (out.length < coverSlots) {
    const covered = options.coverage?.next(taken);
    if (covered === undefined) break;
    take(covered);
  }
  for (let attempt = 0; out.length < want && attempt < want * 20; attempt++) {
    const from = options.pool.length > 0 && r.chance(options.poolShare) ? options.pool : options.all;
    const item = r.pick(from);
    if (!taken.has(item)) take(item);
  }
  // Tiny inputs where random draws keep colliding: take what is left in order.
  for (const item of options.all) {
    if (out.length >= want) break;
    if (!taken.has(item)) take(item);
  }
  return out;
}
