/**
 * The benchmark as text: one table of build stages per size, one of output and browser figures,
 * and, when an earlier run is at hand, what changed since.
 */
import type { BenchResult, MarkdownParseResult, SizeResult } from './bench-result.ts';
import { sizeLabel } from './corpus-size.ts';

const s = (seconds: number) => seconds.toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`, ...rows.map(line)].join('\n');
}

export function buildTable(sizes: readonly SizeResult[]): string {
  return table(
    ['lines', 'pages', 'parse s', 'resolve s', 'layout s', 'render s', 'search s', 'other s', 'total s', 'CPU s', 'pages/s', 'peak MB', 'Eleventy s', 'ratio', 'floor s', 'render ÷ floor'],
    sizes.map((r) => [
      sizeLabel(r.lines),
      String(r.pages),
      s(r.stages.read + r.stages.parse),
      s(r.stages.resolve),
      s(r.stages.layout),
      s(r.stages.render),
      s(r.stages.searchIndex),
      s(r.stages.otherWrites),
      s(r.totalSeconds),
      s(r.cpuSeconds),
      r.pagesPerSecond.toFixed(0),
      mb(r.peakMemoryBytes),
      s(r.eleventy.seconds),
      `${r.eleventyRatio.toFixed(2)}x`,
      r.floor ? s(r.floor.seconds) : '-',
      r.renderFloorRatio === undefined ? '-' : `${r.renderFloorRatio.toFixed(2)}x`,
    ]),
  );
}

/** `atlas build` again after one edit, per size. */
export function warmLines(sizes: readonly SizeResult[]): string[] {
  return sizes.flatMap((r) => {
    const w = r.warmRebuild;
    if (!w) return [];
    const st = w.warmStages;
    return [
      `${sizeLabel(r.lines)}: atlas build ${s(w.firstSeconds)} s, then again after editing ${w.edited}: ${s(w.warmSeconds)} s ` +
        `(read + parse ${s(st.read + st.parse)}, resolve ${s(st.resolve)}, render ${s(st.render)}, layout ${s(st.layout)}, search ${s(st.searchIndex)}, other ${s(st.otherWrites)})`,
    ];
  });
}

/** The Markdown-only corpus's parse rate. */
export function markdownLines(markdown: MarkdownParseResult | undefined): string[] {
  if (!markdown) return [];
  return [
    `Markdown only (${sizeLabel(markdown.lines)}, ${markdown.files} files, ${mb(markdown.bytes)} MB): read ${s(markdown.readSeconds)} s, parse ${s(markdown.parseSeconds)} s, ` +
      `${markdown.megabytesPerSecond.toFixed(1)} MB/s; resolve ${s(markdown.resolveSeconds)} s`,
  ];
}

export function outputTable(sizes: readonly SizeResult[]): string {
  return table(
    [
      'lines',
      'files',
      'output MB',
      'without search MB',
      'graph.json KB',
      'gzipped KB',
      'heaviest line KB',
      'heaviest note KB',
      'over 40 KB',
      'heaviest gzipped KB',
      'over 40 KB gzipped',
      'first paint ms',
      'pan/zoom fps',
      'full redraw ms',
    ],
    sizes.map((r) => [
      sizeLabel(r.lines),
      String(r.output.files),
      mb(r.output.bytes),
      mb(r.output.bytesWithoutSearch),
      kb(r.output.graphJsonBytes),
      kb(r.output.graphJsonGzipBytes),
      r.pageBudget.heaviestLine ? kb(r.pageBudget.heaviestLine.total) : '-',
      r.pageBudget.heaviestNote ? kb(r.pageBudget.heaviestNote.total) : '-',
      `${r.pageBudget.over}/${r.pageBudget.pages}`,
      r.pageBudget.heaviestTransfer ? kb(r.pageBudget.heaviestTransfer.transfer) : '-',
      r.pageBudget.overTransferred === undefined ? '-' : `${r.pageBudget.overTransferred}/${r.pageBudget.pages}`,
      r.browser ? r.browser.firstPaintMs.toFixed(0) : '-',
      r.browser ? r.browser.gestureFps.toFixed(0) : '-',
      r.browser ? r.browser.fullRedrawMs.toFixed(0) : '-',
    ]),
  );
}

/** `atlas serve` after one edit, per size: pages written and the time until the reload. */
export function serveLines(sizes: readonly SizeResult[]): string[] {
  return sizes.flatMap((r) =>
    (r.build.serveUpdates ?? []).map(
      (u) =>
        `${sizeLabel(r.lines)}: serve, ${u.edit}: ${u.pagesWritten} of ${u.pagesRendered} pages rewritten in ${u.milliseconds.toFixed(0)} ms ` +
        `(read ${u.timings.parse.toFixed(0)}, resolve ${u.timings.resolve.toFixed(0)}, render ${u.timings.render.toFixed(0)}), then graph files and twins in ${u.backgroundMilliseconds.toFixed(0)} ms`,
    ),
  );
}

/** Growth from the first size to the next: time per line should stay flat. */
export function growthLines(sizes: readonly SizeResult[]): string[] {
  const lines: string[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const a = sizes[i - 1]!;
    const b = sizes[i]!;
    lines.push(`${sizeLabel(a.lines)} → ${sizeLabel(b.lines)}: ${(b.lines / a.lines).toFixed(2)}x the lines took ${(b.totalSeconds / a.totalSeconds).toFixed(2)}x the time`);
  }
  return lines;
}

/** `total 41.2 s → 30.5 s (-26%)` per size both runs measured. */
export function comparisonLines(previous: BenchResult, current: BenchResult): string[] {
  const change = (before: number, after: number, unit: (n: number) => string) => `${unit(before)} → ${unit(after)} (${after >= before ? '+' : ''}${(((after - before) / before) * 100).toFixed(0)}%)`;
  const lines: string[] = [];
  for (const now of current.sizes) {
    const then = previous.sizes.find((r) => r.lines === now.lines);
    if (!then) continue;
    lines.push(
      `${sizeLabel(now.lines)}: total ${change(then.totalSeconds, now.totalSeconds, (n) => `${s(n)} s`)}, ` +
        `peak ${change(then.peakMemoryBytes, now.peakMemoryBytes, (n) => `${mb(n)} MB`)}, ` +
        `output ${change(then.output.bytes, now.output.bytes, (n) => `${mb(n)} MB`)}, ` +
        `ratio ${then.eleventyRatio.toFixed(2)}x → ${now.eleventyRatio.toFixed(2)}x`,
    );
  }
  return lines;
}

export function machineLine(result: BenchResult): string {
  const m = result.machine;
  return `${m.cpus} × ${m.cpuModel}, ${mb(m.memoryBytes)} MB RAM, Node ${m.node}, ${m.platform}; load average ${m.loadAverage[0].toFixed(1)} at start, ${m.loadAverage[1].toFixed(1)} at end`;
}
