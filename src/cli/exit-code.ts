import type { Diagnostic } from '../model.ts';

/** 1 on any error; with `strict`, 1 on any warning too; else 0. */
export function exitCodeFor(diagnostics: readonly Diagnostic[], strict: boolean): number {
  const failing = diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
  return failing ? 1 : 0;
}
