/**
 * How many cases a fast-check property runs. `npm test` runs each property with the number its
 * test names and a fixed seed (tests/support/fast-check-setup.ts); `npm run test:explore`
 * (ATLAS_EXPLORE=1) multiplies it by ATLAS_EXPLORE_FACTOR (default 20) with fresh seeds.
 */
export const EXPLORING = Boolean(process.env.ATLAS_EXPLORE);

export function runs(numRuns: number): { numRuns: number } {
  if (!EXPLORING) return { numRuns };
  const factor = Number(process.env.ATLAS_EXPLORE_FACTOR ?? 20);
  return { numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(factor) ? factor : 20))) };
}
