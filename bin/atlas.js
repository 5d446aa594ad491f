#!/usr/bin/env node
// The `atlas` command. Registers tsx so the TypeScript sources run as they are, without a
// separate compile step, then hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
