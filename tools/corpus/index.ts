export { generateCorpus, renderCorpus, renderFile, type CorpusFile } from './generate-corpus.ts';
export { planCorpus } from './plan-corpus.ts';
export type { CorpusPlan, FilePlan, LineFilePlan, NoteFilePlan, NoteTitlePlan, RelatedPlan } from './corpus-plan.ts';
export { checkCorpusOptions, CORPUS_LIMITS, DEFAULT_CORPUS_OPTIONS, type CorpusOptions } from './options.ts';
export { writeCorpus, type WriteCorpusOptions, type WriteCorpusResult } from './write-corpus.ts';
export { QUIRK_RATES, type FileQuirks } from './quirks.ts';
