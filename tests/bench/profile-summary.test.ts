import { describe, expect, it } from 'vitest';
import { fileOf, summarizeProfile } from '../../tools/profile-summary.ts';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

/**
 * (root) → render (templates/note.11ty.ts) → renderMarkdown (src/site/render/render-markdown.ts)
 *                                           → toHtml (node_modules/hast-util-to-html)
 *        → (garbage collector), (idle)
 */
const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5, 6] },
    { id: 2, callFrame: frame('render', 'file:///repo/templates/note.11ty.ts'), children: [3] },
    { id: 3, callFrame: frame('renderMarkdown', 'file:///repo/src/site/render/render-markdown.ts', 40), children: [4] },
    { id: 4, callFrame: frame('toHtml', 'file:///repo/node_modules/hast-util-to-html/lib/index.js', 10) },
    { id: 5, callFrame: frame('(garbage collector)') },
    { id: 6, callFrame: frame('(idle)') },
  ],
  // Each sample's time is the delta before the next one.
  samples: [4, 3, 5, 4, 6, 2, 5],
  timeDeltas: [0, 1000, 2000, 1000, 1000, 5000, 1000, 1000],
  startTime: 0,
  endTime: 12000,
};

describe('summarizeProfile', () => {
  it('names files by package or by path in the repository', () => {
    expect(fileOf(frame('toHtml', 'file:///x/node_modules/hast-util-to-html/lib/index.js'))).toBe('hast-util-to-html');
    expect(fileOf(frame('f', 'file:///x/node_modules/@11ty/eleventy/src/Template.js'))).toBe('@11ty/eleventy');
    expect(fileOf(frame('g', 'file:///x/src/site/pages/note.ts'))).toBe('src/site/pages/note.ts');
    expect(fileOf(frame('(garbage collector)'))).toBe('(garbage collector)');
    expect(fileOf(frame('h', 'node:fs'))).toBe('node:fs');
  });

  it('adds up self and inclusive time, leaving idle time out', () => {
    const summary = summarizeProfile(profile);
    expect(summary.totalMs).toBe(7);
    expect(Object.fromEntries(summary.selfByFile)).toEqual({ 'hast-util-to-html': 2, 'src/site/render/render-markdown.ts': 2, '(garbage collector)': 2, 'templates/note.11ty.ts': 1 });
    expect(Object.fromEntries(summary.inclusiveByFile)['src/site/render/render-markdown.ts']).toBe(4);
    expect(summary.inclusiveOwn[0]).toEqual(['render templates/note.11ty.ts:1', 5]);
  });

  it('keeps only the samples through a frame, or every sample between the first and last such', () => {
    expect(summarizeProfile(profile, { within: /render-markdown/ }).totalMs).toBe(4);
    const window = summarizeProfile(profile, { window: /templates\// });
    // From the first sample under a template to the last one: the garbage collection between counts.
    expect(window.totalMs).toBe(6);
    expect(Object.fromEntries(window.selfByFile)['(garbage collector)']).toBe(1);
  });
});
