export { resolveAtlas, RESOLVE_DEFAULTS, type ResolveOptions } from './resolve-atlas.ts';
export { normalizeTitle } from './normalize-title.ts';
export { foldText, type FoldedText } from './fold-text.ts';
export { makeSlug, arxivSlug, truncateSlug, createSlugRegistry, MAX_SLUG_LENGTH, FALLBACK_SLUG, type SlugRegistry, type SlugClaim } from './slug.ts';
export { recordId, recordUrl } from './addresses.ts';
export { createMentionMatcher, type Mention, type MentionEntry, type MentionMatcher } from './mentions.ts';
export { createMentionLinker, type LinkTarget, type LinkSelf, type MentionLinker } from './link-mentions.ts';
export { buildGraph, mentionTargets, type GraphRecords } from './graph.ts';
export { indexBacklinks, indexRecords } from './backlinks.ts';
