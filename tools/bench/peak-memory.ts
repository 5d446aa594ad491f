/**
 * Peak memory of the processes a build starts (esbuild's service runs as a child process, so
 * `process.resourceUsage().maxRSS` does not see it). Linux only: reads each descendant's
 * `VmHWM` (its own high-water mark) from /proc while it runs; elsewhere reports nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface DescendantPeaks {
  /** Stop watching; the largest high-water mark seen per descendant, in bytes, summed. */
  stop(): number;
}

export function watchDescendantPeaks(intervalMs = 200): DescendantPeaks {
  const peaks = new Map<number, number>();
  const sample = () => {
    for (const pid of descendants(process.pid)) {
      const hwm = highWaterMark(pid);
      if (hwm !== undefined) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, hwm));
    }
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop() {
      sample();
      clearInterval(timer);
      return [...peaks.values()].reduce((sum, bytes) => sum + bytes, 0);
    },
  };
}

function descendants(root: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const parentOf = new Map<number, number>();
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state, ppid, …
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.pop()!;
    for (const [pid, ppid] of parentOf) {
      if (ppid !== parent) continue;
      found.push(pid);
      queue.push(pid);
    }
  }
  return found;
}

function highWaterMark(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s*(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
