import { parseArgs } from 'node:util';
import { loadAtlas } from '../load/load-atlas.ts';
import { atlasJson } from './atlas-json.ts';
import { exitCodeFor } from './exit-code.ts';

const HELP = `Usage: atlas parse [DIR] [--json] [--strict]

Print {records, papers, collections, graph: {nodes, edges}, diagnostics} as JSON.
  --json     JSON output (the default; accepted for scripts that say it)
  --strict   exit 1 when any warning or error exists
`;

export async function parseCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const built = await loadAtlas(positionals[0] ?? 'seeds');
  process.stdout.write(JSON.stringify(atlasJson(built), null, 2) + '\n');
  return exitCodeFor(built.diagnostics, values.strict ?? false);
}
