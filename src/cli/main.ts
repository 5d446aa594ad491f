/**
 * `atlas <command> [DIR] [options]`: the command table. Each command is a file of its own that
 * returns an exit code; nothing here calls `process.exit`.
 */
import { parseCommand } from './parse-command.ts';
import { checkCommand } from './check-command.ts';

export type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: () => Promise<Command>; summary: string }> = {
  parse: { run: () => Promise.resolve(parseCommand), summary: 'print records, graph and diagnostics as JSON' },
  check: { run: () => Promise.resolve(checkCommand), summary: 'print diagnostics, one per line' },
  build: { run: async () => (await import('./build-command.ts')).buildCommand, summary: 'build the site' },
  serve: { run: async () => (await import('./serve-command.ts')).serveCommand, summary: 'build, serve on localhost and rebuild on change' },
  init: { run: async () => (await import('./init-command.ts')).initCommand, summary: 'create a notes folder with examples, settings and a publishing workflow' },
};

export const USAGE = `Usage: atlas <command> [DIR] [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
  .join('\n')}

DIR is the notes folder (default: seeds). Run \`atlas <command> --help\` for a command's options.
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`atlas: unknown command \`${name}\`\n\n${USAGE}`);
    return 1;
  }
  return (await command.run())(rest);
}
