export { generateCorpus, renderCorpus, renderFile } from './generate-corpus.ts';
export { planCorpus } from './plan-corpus.ts';
export { DEFAULT_CORPUS_OPTIONS, type CorpusOptions } from './options.ts';
export { writeCorpus } from './write-corpus.ts';
