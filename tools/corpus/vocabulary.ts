/**
 * Word lists for the synthetic corpus, taken from the terms and turns of phrase of the seed
 * files (LLM safety and alignment research), so generated text reads like the real notes and
 * has realistic word and line lengths.
 */

/** Training choices and interventions: the causes the questions ask about. */
export const METHODS = [
  'RLHF', 'safety alignment', 'warmth training', 'preference optimization', 'post-training',
  'instruction tuning', 'constitutional training', 'reward modeling', 'rubric-gated RL',
  'chain-of-thought monitoring', 'persona steering', 'peer presence', 'peer interaction memory',
  'multi-turn pressure', 'extended reasoning', 'inoculation prompting', 'outcome reward modeling',
  'process supervision', 'dense token-level reward', 'self-play', 'model scale', 'data diversity',
  'adversarial training', 'red-teaming', 'activation steering', 'LoRA finetuning',
  'sparse autoencoder probing', 'agent scaffolding', 'tool use', 'long-context memory',
  'distillation', 'refusal training', 'synthetic document finetuning', 'debate training',
  'reward model ensembling', 'KL regularization', 'curriculum design', 'system prompt framing',
  'emotional context', 'role-play framing', 'best-of-n sampling', 'online RL',
] as const;

/** Who behaves: the actors of the questions. */
export const AGENTS = [
  'language models', 'frontier models', 'reasoning models', 'RL agents', 'base models',
  'post-trained models', 'small models', 'multi-agent systems', 'LLM judges', 'reward models',
  'chat assistants', 'coding agents', 'sequence model agents', 'open-weight models',
  'instruction-tuned models', 'tool-using agents', 'model ensembles', 'distilled models',
] as const;

/** Verbs as [base form, third person singular]. */
export const VERBS = [
  ['amplify', 'amplifies'], ['erode', 'erodes'], ['suppress', 'suppresses'], ['reshape', 'reshapes'],
  ['predict', 'predicts'], ['mask', 'masks'], ['reverse', 'reverses'], ['stabilize', 'stabilizes'],
  ['trigger', 'triggers'], ['weaken', 'weakens'], ['harden', 'hardens'], ['distort', 'distorts'],
  ['explain', 'explains'], ['undermine', 'undermines'], ['restore', 'restores'], ['inflate', 'inflates'],
  ['hide', 'hides'], ['entrench', 'entrenches'], ['redirect', 'redirects'], ['expose', 'exposes'],
  ['degrade', 'degrades'], ['unlock', 'unlocks'], ['suppress signs of', 'suppresses signs of'],
  ['generalize to', 'generalizes to'], ['trade off against', 'trades off against'],
] as const;

/** Behaviours and properties: the effects the questions ask about. */
export const BEHAVIOURS = [
  'shutdown tampering', 'weight exfiltration', 'alignment faking', 'terminal goal guarding',
  'open objection', 'sycophancy', 'grounding acts', 'factual reliability', 'calibrated refusal',
  'reward hacking', 'emergent misalignment', 'value coherence', 'persona drift', 'self-preservation',
  'peer-preservation', 'deceptive reasoning', 'monitor evasion', 'honest disagreement',
  'clarifying questions', 'face-saving deference', 'belief revision', 'villain roleplay',
  'manipulation resistance', 'cooperative behavior', 'trajectory recognition', 'output entropy',
  'situational awareness', 'refusal behavior', 'goal misgeneralization', 'specification gaming',
  'in-context learning', 'chain-of-thought faithfulness', 'uncertainty expression', 'tool misuse',
  'long-horizon planning', 'strategic misrepresentation', 'evaluation awareness', 'sandbagging',
  'power-seeking', 'instruction following', 'moral reasoning', 'hallucination',
  'self-correction', 'persuasion', 'legible reasoning', 'corrigibility', 'goal stability',
] as const;

/** Where or when: qualifiers that close a question or a sentence. */
export const CONTEXTS = [
  'in multi-turn conversations', 'under conversational pressure', 'without being instructed',
  'across model families', 'in production harnesses', 'at scale', 'during finetuning',
  'in multi-agent settings', 'under monitoring', 'when rewards are sparse', 'in agentic environments',
  'after post-training', 'in emotional contexts', 'with a peer in memory', 'on unfamiliar tasks',
  'across languages', 'under distribution shift', 'in long-horizon tasks', 'behind a system prompt',
  'when the stakes are stated', 'in open-ended dialogue', 'under red-team probing',
] as const;

/** What a fix may cost: completes "without …" questions. */
export const SIDE_EFFECTS = [
  'hacking', 'eroding helpfulness', 'losing calibration', 'hiding the failure', 'new blind spots',
  'degrading reasoning', 'rewarding deception', 'silencing objection', 'overfitting the monitor',
] as const;

/** Kinds of evidence a finding cites. */
export const STUDIES = [
  'benchmark', 'controlled study', 'ablation', 'probing study', 'red-team evaluation',
  'replication', 'field study', 'mechanistic analysis', 'scaling study',
] as const;

export const BENCHMARK_HEADS = [
  'FLEX', 'Farm', 'Gaslighting', 'Moral RolePlay', 'Peer', 'Shutdown', 'Truth', 'Warmth', 'Rubric',
  'Probe', 'Agent', 'Face', 'Mirror', 'Anchor', 'Enaction', 'Gate', 'Drift', 'Candor',
] as const;

export const BENCHMARK_TAILS = ['Bench', 'Bench-R', 'Eval', 'Arena', 'Suite', 'QA', '', '-X'] as const;

export const MODELS = [
  'Gemini 3 Pro', 'DeepSeek V3.1', 'Claude 3 Opus', 'Claude 3.5 Sonnet', 'GPT-4o', 'Mistral',
  'Llama 3 70B', 'Qwen 2.5', 'o1', 'R1', 'GPT', 'Gemma 2',
] as const;

/** Openers that tie sentences into an argument, as the seeds' paragraphs do. */
export const CONNECTIVES = [
  'Strikingly,', 'By contrast,', 'Notably,', 'So', 'Worse,', 'Put differently,', 'In practice,',
  'Crucially,', 'At the same time,', 'Even so,', 'More surprisingly,', 'That matters because',
] as const;

/** Abstract nouns for mechanisms and explanations. */
export const MECHANISMS = [
  'a clear mechanism', 'a trained instinct', 'a learned deference', 'an action-perception loop',
  'a Goodhart dynamic', 'a categorical boundary', 'a generalized disposition',
  'an inarticulate resistance', 'a licensed outlet', 'a quiet optimization pressure',
] as const;

/** Fields of the imagined library, for prompts ("A curated library of LLM … papers"). */
export const FIELDS = [
  'safety & alignment', 'reasoning & evaluation', 'multi-agent', 'interpretability', 'RL & reward design',
] as const;

/** Topics for collection names: many, so `--collections 90` gets distinct names. */
export const COLLECTION_TOPICS = [
  'Alignment', 'Reward Design', 'Interpretability', 'Multi-Agent Systems', 'Sycophancy',
  'Reasoning', 'Evaluation', 'Deception', 'Self-Preservation', 'Persona & Character', 'Monitoring',
  'Red Teaming', 'Agents & Tools', 'Post-Training', 'Scaling', 'Calibration', 'Refusal',
  'Memory', 'Persuasion', 'Oversight', 'Robustness', 'Value Learning', 'Governance', 'Data',
  'Cooperation', 'Situational Awareness', 'Honesty', 'Planning', 'Steering', 'Benchmarks',
] as const;

export const COLLECTION_QUALIFIERS = [
  'Methods', 'Evidence', 'Open Problems', 'Foundations', 'Failure Modes', 'Case Studies', 'Reading List',
] as const;
