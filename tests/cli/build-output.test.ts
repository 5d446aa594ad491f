/**
 * What `atlas build` prints: a line per stage with its count and time (a progress bar only on a
 * terminal), the diagnostics, a one-line summary; `--quiet` and `--json`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCommand } from '../../src/cli/build-command.ts';
import type { BuildReport } from '../../src/cli/build-report.ts';
import { StageLines, formatStageLine } from '../../src/cli/build-report.ts';
import { BUILD_STAGES } from '../../src/library/build-progress.ts';
import { loadAtlas } from '../../src/load/load-atlas.ts';
import { loadAtlasInStages } from '../../src/load/load-atlas-in-stages.ts';
import { silentProgress } from '../../src/library/build-progress.ts';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  try {
    const code = await buildCommand(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) }, text: () => written.join('') };
}

describe('stage lines', () => {
  it('print one plain line per stage, with count and time, when not on a terminal', () => {
    const { stream, text } = fakeStream(false);
    let now = 0;
    const progress = new StageLines({ stream, bar: false, now: () => now });
    progress.start('parse', 2);
    progress.advance('parse', 1);
    now = 1234;
    progress.end('parse', 2);
    progress.start('resolve');
    progress.end('resolve', 1);
    // verb (9) · count (6) · unit (15) · time (8), so the columns line up.
    expect(text()).toBe(`parsed    ${'2'.padStart(6)} ${'files'.padEnd(15)} ${'1.2 s'.padStart(8)}\nresolved  ${'1'.padStart(6)} ${'edge'.padEnd(15)} ${'0 ms'.padStart(8)}\n`);
    expect(progress.stages.map((s) => [s.stage, s.label, s.milliseconds])).toEqual([
      ['parse', 'parsed 2 files', 1234],
      ['resolve', 'resolved 1 edge', 0],
    ]);
  });

  it('draw a progress bar in place on a terminal, and clear it before the stage line', () => {
    const { stream, text } = fakeStream(true);
    const progress = new StageLines({ stream, bar: true, now: () => 0 });
    progress.start('render', 200);
    for (let done = 1; done <= 200; done++) progress.advance('render', done);
    progress.end('render', 200);
    const out = text();
    expect(out).toContain('\r\x1b[2Krendered  [');
    expect(out).toContain('[########################] 200/200 pages');
    // Redrawn at most once per percent, not per page.
    expect(out.split('\r').length).toBeLessThanOrEqual(103);
    expect(out.endsWith(`\r\x1b[2K${formatStageLine(progress.stages[0]!)}\n`)).toBe(true);
  });
});

describe('loading in stages', () => {
  it('gives the same atlas as loadAtlas', async () => {
    const staged = await loadAtlasInStages('seeds', silentProgress);
    const plain = await loadAtlas('seeds');
    expect(staged.atlas).toEqual(plain.atlas);
    expect(staged.diagnostics).toEqual(plain.diagnostics);
  });
});

describe('atlas build output', () => {
  let outDir: string;
  let tiny: string;
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-output-'));
    tiny = await mkdtemp(path.join(os.tmpdir(), 'atlas-tiny-'));
    await writeFile(path.join(tiny, 'note.md'), '---\ntitle: A note\nsummary: Its deck.\n---\nThe body has a [bad](javascript:alert(1)) link.\n');
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
    await rm(tiny, { recursive: true, force: true });
  });

  it('prints each stage with its count and time, then the summary', async () => {
    const { code, stdout, stderr } = await run(['seeds', '--output', outDir]);
    expect(code).toBe(0);
    const { atlas } = await loadAtlas('seeds');
    expect(stderr).toMatch(/^parsed +4 files +\d+(\.\d)? m?s$/m);
    expect(stderr).toMatch(new RegExp(`^resolved +${atlas.graph.edges.length} edges `, 'm'));
    expect(stderr).toMatch(new RegExp(`^laid out +${atlas.graph.nodes.length} nodes `, 'm'));
    expect(stderr).toMatch(/^rendered +\d+ pages /m);
    expect(stderr).toMatch(new RegExp(`^wrote +${atlas.lines.length + atlas.notes.length} Markdown twins `, 'm'));
    expect(stderr).toMatch(/^indexed +\d+ documents /m);
    expect(stderr).not.toContain('\r');
    expect(stdout).toMatch(/^Built 30 records into .+ in \d+\.\ds \(4 files: 0 errors, 0 warnings, 0 infos\)\n$/);
  });

  it('prints one JSON report and nothing else with --json', async () => {
    const { code, stdout, stderr } = await run(['seeds', '--output', outDir, '--json', '--today', '2026-11']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as BuildReport;
    expect(report.stages.map((s) => s.stage)).toEqual([...BUILD_STAGES]);
    expect(report.stages.every((s) => Number.isInteger(s.milliseconds) && s.milliseconds >= 0)).toBe(true);
    expect(report.counts).toMatchObject({ files: 4, records: 30, lines: 3, twins: 20 });
    expect(report.counts.pages).toBeGreaterThan(report.counts.records);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(report.outDir).toBe(outDir);
    expect(report.exitCode).toBe(0);
    // Where the time went, per emitter; a fresh folder gets every output.
    expect(report.pipeline.emitters.map((e) => e.emitter)).toEqual(['pages', 'twins', 'graph', 'search', 'assets']);
    expect(report.pipeline.emitters.every((e) => e.stale === e.planned)).toBe(true);
    expect(report.pipeline.emitters[0]!.planned).toBe(report.counts.pages);
  });

  it('prints only problems and the summary with --quiet, and the report carries the diagnostics', async () => {
    const quiet = await run([tiny, '--output', outDir, '--quiet']);
    expect(quiet.stderr).not.toMatch(/^(parsed|rendered)/m);
    expect(quiet.stdout).toContain('0 errors, 1 warning');
    const json = await run([tiny, '--output', outDir, '--json', '--strict']);
    const report = JSON.parse(json.stdout) as BuildReport;
    expect(report.diagnostics.map((d) => d.ruleId)).toEqual(['unsafe-url']);
    expect(report.exitCode).toBe(1);
    expect(json.code).toBe(1);
  });

  it('rejects a --today that is not a date', async () => {
    const { code, stderr } = await run(['seeds', '--output', outDir, '--today', 'tomorrow']);
    expect(code).toBe(1);
    expect(stderr).toContain('Unexpected `--today tomorrow`, expected a date like 2026-05');
  });
});
