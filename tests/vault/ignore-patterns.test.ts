import { describe, expect, it } from 'vitest';
import { ignoreMatcher } from '../../src/load/privacy.ts';

describe('ignore: patterns', () => {
  it('match like .gitignore lines: folders with their contents, names anywhere, globs', () => {
    const ignored = ignoreMatcher(['templates/**', 'private/', '*.excalidraw.md', 'Daily', 'notes/**/draft-*.md']);
    for (const path of [
      'templates/Note.md',
      'templates/sub/x.md',
      'private/Health.md',
      'a/b/Drawing.excalidraw.md',
      'Daily/2024-01-01.md',
      'x/Daily/y.md',
      'notes/a/b/draft-1.md',
      'notes/draft-2.md',
    ]) {
      expect(ignored(path), path).toBe(true);
    }
    for (const path of ['Templates.md', 'notes/templates.md', 'privateer.md', 'Daily habits.md', 'notes/a/final.md', 'a/private-note.md']) {
      expect(ignored(path), path).toBe(false);
    }
  });

  it('take the globs picomatch knows: braces, character classes, any case', () => {
    const ignored = ignoreMatcher(['drafts/{old,stale}/**', 'Journal/202[0-3]-*.md', 'SCRATCH']);
    for (const path of ['drafts/old/a.md', 'drafts/stale/b/c.md', 'journal/2021-05-01.md', 'a/scratch/x.md', 'Scratch']) expect(ignored(path), path).toBe(true);
    for (const path of ['drafts/new/a.md', 'Journal/2024-01-01.md', 'Journal/sub/2021-05-01.md', 'scratchpad.md']) expect(ignored(path), path).toBe(false);
  });

  it('no patterns, no match', () => {
    expect(ignoreMatcher([])('anything.md')).toBe(false);
    expect(ignoreMatcher(['', '  '])('anything.md')).toBe(false);
  });
});
