import type { Diagnostic } from '../model.ts';

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.source}:${d.ruleId}`;
}

/** "4 files: 0 errors, 2 warnings, 5 infos" */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(fileCount, 'file')}: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')}`;
}
