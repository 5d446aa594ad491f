#!/usr/bin/env node
// The `corpus` command: writes the synthetic benchmark corpus. Registers tsx so the TypeScript
// sources run as they are, without a separate compile step, then hands over to the generator.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../tools/corpus/main.ts');
process.exitCode = main(process.argv.slice(2));
