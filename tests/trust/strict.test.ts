/**
 * Strict mode, through the real command line: `atlas build DIR --strict` exits 1 when any
 * warning exists and names each one (file, line, message, rule); without `--strict` the same
 * notes build, exit 0, and the summary counts the warnings. Infos never fail a build.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/atlas.ts';
import type { Diagnostic } from '../../src/model.ts';
import { readNotes } from '../../src/load/read-notes.ts';
import { pageExists } from '../support/read-page.ts';
import { WARNINGS } from './corpora.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function atlas(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/atlas.js', ...args], { env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

let outDir: string;
let warnings: Diagnostic[];
let infos: Diagnostic[];
let strict: Run;
let lenient: Run;
let onlyInfos: Run;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-trust-strict-'));
  const { diagnostics } = buildAtlas(await readNotes(WARNINGS));
  warnings = diagnostics.filter((d) => d.severity === 'warning');
  infos = diagnostics.filter((d) => d.severity === 'info');
  [strict, lenient, onlyInfos] = await Promise.all([
    atlas(['build', WARNINGS, '--output', path.join(outDir, 'strict'), '--strict']),
    atlas(['build', WARNINGS, '--output', path.join(outDir, 'lenient')]),
    atlas(['build', path.join(WARNINGS, 'only-infos'), '--output', path.join(outDir, 'infos'), '--strict']),
  ]);
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('atlas build --strict', () => {
  it('has warnings of several rules, infos, and no errors to work with', () => {
    expect(new Set(warnings.map((w) => w.ruleId)).size).toBeGreaterThanOrEqual(3);
    expect(infos.length).toBeGreaterThan(0);
  });

  it('exits 1 and names every warning with its file, line, message and rule', () => {
    expect(strict.code).toBe(1);
    const report = strict.stderr;
    for (const w of warnings) {
      const section = report.slice(report.indexOf(`${w.file}\n`));
      expect(report, w.file).toContain(`${w.file}\n`);
      expect(section, `${w.file} ${w.ruleId}`).toMatch(new RegExp(`^\\s*${w.line}:${w.column}\\S*\\s+warning\\s+${escapeRegExp(w.message)}\\s+${w.ruleId}\\b`, 'm'));
    }
    expect(strict.stdout).toMatch(new RegExp(`\\b0 errors, ${warnings.length} warnings\\b`));
  });

  it('without --strict builds the site, exits 0 and counts the warnings in the summary', () => {
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(new RegExp(`^Built \\d+ records into .+ \\(\\d+ files: 0 errors, ${warnings.length} warnings, ${infos.length} infos?\\)$`, 'm'));
    expect(pageExists(path.join(outDir, 'lenient'), '/')).toBe(true);
    expect(pageExists(path.join(outDir, 'strict'), '/')).toBe(true);
  });

  it('does not fail on infos alone', () => {
    expect(onlyInfos.stdout).toMatch(/0 errors, 0 warnings, [1-9]\d* infos?/);
    expect(onlyInfos.code).toBe(0);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
