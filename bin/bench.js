#!/usr/bin/env node
// `npm run bench`: the scale benchmark. Registers tsx so the TypeScript sources run as they are,
// then hands over to tools/bench/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../tools/bench/main.ts');
process.exitCode = await main(process.argv.slice(2));
