/**
 * Reads a V8 `.cpuprofile` (written by `node --cpu-prof`) and says where the time went: self time
 * by function, by file or package, and inclusive time of our own functions. `--within` keeps only
 * the samples whose stack passes through a frame matching a pattern (e.g. the render stage:
 * `--within renderPages`), so one stage of a whole build can be read on its own.
 *
 *   node --import tsx tools/profile-summary.ts CPU.cpuprofile [--within REGEX] [--window REGEX] [--top N]
 *
 * e.g. the render stage of `atlas build`: `--window templates/`
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  /** Milliseconds of all samples kept (after `within`). */
  totalMs: number;
  selfByFunction: [string, number][];
  selfByFile: [string, number][];
  /** Inclusive time of functions in our own code (`src/`, `templates/`), each counted once per sample. */
  inclusiveOwn: [string, number][];
  /** Inclusive time of each file or package: samples with it anywhere on the stack. */
  inclusiveByFile: [string, number][];
}

/** Where a script lives, short: `eleventy`, `src/site/render/html.ts`, `node:fs`, `(garbage collector)`. */
export function fileOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return url;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const own = /\/((?:src|templates|tools|bin)\/.*)$/.exec(url);
  return own ? own[1]! : url;
}

function frameName(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  return `${name} ${fileOf(frame)}:${frame.lineNumber + 1}`;
}

export interface SummaryFilter {
  /** Keep only samples whose stack has a frame (function name or url) matching. */
  within?: RegExp;
  /**
   * Keep every sample (garbage collection and native code included) between the first and the
   * last sample whose stack matches: a stage's wall-clock span, where async stacks are cut.
   */
  window?: RegExp;
}

export function summarizeProfile(profile: CpuProfile, filter: SummaryFilter = {}): ProfileSummary & { windowMs?: [number, number] } {
  const { within, window } = filter;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackOf = (id: number): ProfileNode[] => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    return stack;
  };
  // A sample's time is the delta to the next sample (V8 records the delta before each sample).
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const inclusiveFiles = new Map<string, number>();
  let total = 0;
  const stacks = new Map<number, ProfileNode[]>();
  const stackAt = (i: number): ProfileNode[] => {
    const id = profile.samples[i]!;
    let stack = stacks.get(id);
    if (!stack) stacks.set(id, (stack = stackOf(id)));
    return stack;
  };
  const matches = (stack: ProfileNode[], pattern: RegExp) => stack.some((n) => pattern.test(n.callFrame.functionName) || pattern.test(n.callFrame.url));
  let first = 0;
  let last = profile.samples.length - 1;
  if (window) {
    while (first <= last && !matches(stackAt(first), window)) first++;
    while (last >= first && !matches(stackAt(last), window)) last--;
  }
  const times: number[] = [];
  for (let i = 0, t = 0; i < profile.samples.length; i++) times.push((t += profile.timeDeltas[i] ?? 0) / 1000);
  for (let i = first; i <= last; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const stack = stackAt(i);
    if (within && !matches(stack, within)) continue;
    const leaf = stack[0]!.callFrame;
    if (leaf.functionName === '(idle)') continue;
    total += ms;
    add(self, frameName(leaf), ms);
    add(files, fileOf(leaf), ms);
    const seen = new Set<string>();
    for (const node of stack) {
      const file = fileOf(node.callFrame);
      if (!seen.has(file)) {
        seen.add(file);
        add(inclusiveFiles, file, ms);
      }
      if (!/^(src|templates)\//.test(file)) continue;
      const name = frameName(node.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      add(inclusive, name, ms);
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total,
    selfByFunction: sorted(self),
    selfByFile: sorted(files),
    inclusiveOwn: sorted(inclusive),
    inclusiveByFile: sorted(inclusiveFiles),
    ...(window ? { windowMs: [times[first] ?? 0, times[last] ?? 0] as [number, number] } : {}),
  };
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function table(title: string, rows: [string, number][], total: number, top: number): string {
  const lines = rows.slice(0, top).map(([name, ms]) => `${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
  return `${title}\n${lines.join('\n')}`;
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { within: { type: 'string' }, window: { type: 'string' }, top: { type: 'string' } } });
  const top = Number(values.top ?? 25);
  for (const file of positionals) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const summary = summarizeProfile(profile, {
      ...(values.within ? { within: new RegExp(values.within) } : {}),
      ...(values.window ? { window: new RegExp(values.window) } : {}),
    });
    const t = summary.totalMs;
    const span = summary.windowMs
      ? ` in the ${((summary.windowMs[1] - summary.windowMs[0]) / 1000).toFixed(1)} s from ${(summary.windowMs[0] / 1000).toFixed(1)} s to ${(summary.windowMs[1] / 1000).toFixed(1)} s (/${values.window}/)`
      : '';
    process.stdout.write(
      [
        `${file}: ${(t / 1000).toFixed(1)} s sampled${values.within ? ` within /${values.within}/` : ''}${span}`,
        table('Self time by file or package', summary.selfByFile, t, top),
        table('Self time by function', summary.selfByFunction, t, top),
        table('Inclusive time by file or package', summary.inclusiveByFile, t, top),
        table('Inclusive time, our own functions', summary.inclusiveOwn, t, top),
        '',
      ].join('\n\n'),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
