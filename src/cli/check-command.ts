import { parseArgs } from 'node:util';
import { loadAtlas } from '../load/load-atlas.ts';
import { formatDiagnostic, summarizeDiagnostics } from './format-diagnostics.ts';
import { exitCodeFor } from './exit-code.ts';

const HELP = `Usage: atlas check [DIR] [--strict]

Print every diagnostic as \`file:line:col severity message rule\`, then a one-line summary.
  --strict   exit 1 when any warning or error exists
`;

export async function checkCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const { diagnostics, files } = await loadAtlas(positionals[0] ?? 'seeds');
  for (const d of diagnostics) process.stdout.write(formatDiagnostic(d) + '\n');
  process.stdout.write(summarizeDiagnostics(diagnostics, files.length) + '\n');
  return exitCodeFor(diagnostics, values.strict ?? false);
}
