/**
 * What a build tells whoever watches it: each stage as it starts, advances and ends, with what it
 * counted. The session reports; the command line decides how to show it (stage lines, a progress
 * bar on a terminal, a JSON report). Nothing here reaches the site's files.
 */

/** The stages of a build, in the order they end. */
export const BUILD_STAGES = ['read', 'parse', 'resolve', 'render', 'twins', 'layout', 'graph', 'index', 'assets'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

export interface BuildProgress {
  /** `stage` begins; `total` when its size is known beforehand (a progress bar can show it). */
  start(stage: BuildStage, total?: number): void;
  /** `done` of the stage's `total` are finished. */
  advance(stage: BuildStage, done: number): void;
  /** `stage` finished, having handled `count` things (files, edges, nodes, pages). */
  end(stage: BuildStage, count: number): void;
}

export const silentProgress: BuildProgress = {
  start: () => {},
  advance: () => {},
  end: () => {},
};

/** What each stage counts, for stage lines: "parsed 4 files". */
export const STAGE_WORDS: Readonly<Record<BuildStage, { verb: string; unit: string; units: string }>> = {
  read: { verb: 'read', unit: 'file', units: 'files' },
  parse: { verb: 'parsed', unit: 'file', units: 'files' },
  resolve: { verb: 'resolved', unit: 'edge', units: 'edges' },
  layout: { verb: 'laid out', unit: 'node', units: 'nodes' },
  render: { verb: 'rendered', unit: 'page', units: 'pages' },
  twins: { verb: 'wrote', unit: 'Markdown twin', units: 'Markdown twins' },
  graph: { verb: 'wrote', unit: 'graph file', units: 'graph files' },
  assets: { verb: 'bundled', unit: 'script', units: 'scripts' },
  index: { verb: 'indexed', unit: 'document', units: 'documents' },
};
