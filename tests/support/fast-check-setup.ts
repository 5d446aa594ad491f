/**
 * Runs in every test worker before the tests. `npm test` must give the same result every run, so
 * every fast-check property draws the same cases: one fixed seed. `npm run test:explore` sets
 * ATLAS_EXPLORE and gets a fresh seed per run (or ATLAS_SEED to replay one), printed first;
 * fast-check's failure message carries the seed, the path and the shrunk counterexample.
 * Every counterexample exploration finds becomes a plain fixture test before its fix.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { EXPLORING, runs } from './properties.ts';

export const FIXED_SEED = 20261206;

function seed(): number {
  if (process.env.ATLAS_SEED) return Number(process.env.ATLAS_SEED) | 0;
  if (!EXPLORING) return FIXED_SEED;
  // Date and random both, so workers starting in the same millisecond still differ.
  return (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
}

const chosen = seed();
// Properties that name no number run fast-check's default of 100, multiplied when exploring.
fc.configureGlobal({ seed: chosen, ...(EXPLORING ? { ...runs(100), verbose: 1 } : {}) });
if (EXPLORING) {
  const file = expect.getState().testPath?.replace(`${process.cwd()}/`, '') ?? '';
  process.stdout.write(`fast-check seed ${chosen} for ${file} (replay: ATLAS_EXPLORE=1 ATLAS_SEED=${chosen} npx vitest run ${file})\n`);
}
