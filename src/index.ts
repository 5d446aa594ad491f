// The package's public API: re-exports only.
export type * from './model.ts';
export { buildAtlas, type BuiltAtlas } from './atlas.ts';
export { loadAtlas } from './load/load-atlas.ts';
export { readNotes } from './load/read-notes.ts';
export { parseDocument } from './parse/index.ts';
export { resolveAtlas } from './resolve/index.ts';
export { collectDiagnostics, RULES } from './diagnostics.ts';
