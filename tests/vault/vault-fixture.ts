/**
 * The Obsidian-style fixture vaults under tests/fixtures/vault/<feature>/, built into sites.
 */
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/model.ts';

export function vaultDir(feature: string): string {
  return fileURLToPath(new URL(`../fixtures/vault/${feature}/`, import.meta.url));
}

/** `file:line rule` for each diagnostic of `rule`: where a problem was reported. */
export function placesOf(diagnostics: readonly Diagnostic[], rule: string): string[] {
  return diagnostics.filter((d) => d.ruleId === rule).map((d) => `${d.file}:${d.line}`);
}
