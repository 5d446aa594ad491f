export { resolveAtlas, type ResolveOptions } from './resolve-atlas.ts';
export { normalizeTitle } from './normalize-title.ts';
export { indexBacklinks, indexRecords } from './backlinks.ts';
