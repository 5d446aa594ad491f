/**
 * The research prompt: intro, a Copy button and "Open in …" links always in view, the prompt
 * itself in a `<details>` (collapsed, works without script).
 *
 * The exact copy text is in the page once: in the first "Open in …" link's `q` parameter (that
 * link is complete at build time, so it works without script), or, when the settings offer no
 * links, in a hidden textarea. The Copy button names the element it copies from. The other
 * links name the first in `data-prompt-from` and the script fills in their `q` when the page
 * loads: carrying the prompt twice would cost every line page another 4 KB. Until then they are
 * hidden, so no link ever opens an empty chat.
 *
 * "Copy prompt" and "Copy with sources" (which adds what the prompt refers to — deck, synthesis,
 * sources — by fetching the line's Markdown twin on click, so the page holds them once) are
 * hidden until the script shows them: without script a button would do nothing.
 */
import type { Prompt } from '../../model.ts';
import type { LlmLink } from '../../config/site-config.ts';
import type { RawHtml } from '../render/html.ts';
import { html } from '../render/html.ts';
import type { SiteData } from '../data/site-data.ts';
import { markdownBlock } from './markdown-block.ts';
import { joinWrappedParagraphs } from '../render/wrapped-paragraphs.ts';

const LLM_SERVICES: Readonly<Record<LlmLink, { label: string; url: string }>> = {
  chatgpt: { label: 'Open in ChatGPT', url: 'https://chatgpt.com/' },
  claude: { label: 'Open in Claude', url: 'https://claude.ai/new' },
};

/** The address that opens a new chat in `service` with `prompt` filled in. */
export function llmUrl(service: LlmLink, prompt: string): string {
  return `${LLM_SERVICES[service].url}?q=${queryValue(prompt)}`;
}

/**
 * A query value as `URLSearchParams` reads it, in fewer bytes than `encodeURIComponent`: spaces
 * as `+` and the punctuation a query may hold as itself (a prompt is mostly words, spaces and
 * punctuation; this saves about a kilobyte per line page).
 */
export function queryValue(text: string): string {
  return encodeURIComponent(text)
    .replace(/%20/g, '+')
    .replace(/%(2C|2F|3A|3B|3F|40)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export interface ResearchPromptExtras {
  /** Prefixed url of the line's Markdown twin, for "Copy with sources". */
  contextUrl?: string;
  /** Without twins (the `twins` setting off): "Copy with sources" takes the context from the page. */
  contextFromPage?: boolean;
  /** "claims dated 2025 to 2026 · newest …", shown under the intro. */
  dates?: string;
  /** The prompt came from a Markdown file: its hard-wrapped lines are joined into paragraphs. */
  markdown?: boolean;
}

export function researchPrompt(site: SiteData, prompt: Prompt, extras: ResearchPromptExtras = {}): RawHtml {
  const links = site.config.llmLinks;
  const sourceId = links.length > 0 ? `prompt-${links[0]}` : 'prompt-text';
  return html`<section class="research-prompt" aria-labelledby="prompt-title">
<h2 id="prompt-title">Research prompt for your LLM</h2>
${prompt.intro ? html`<p class="prompt-intro">${prompt.intro}</p>` : ''}
${extras.dates ? html`<p class="claim-dates">${extras.dates}</p>` : ''}
<div class="prompt-actions">
<button type="button" class="copy-prompt" data-copy-prompt="${sourceId}" hidden>Copy prompt</button>
${
  extras.contextUrl
    ? html`<button type="button" class="copy-prompt copy-context" data-copy-prompt="${sourceId}" data-copy-context="${extras.contextUrl}" hidden>Copy with sources</button>
`
    : ''
}${
    extras.contextFromPage
      ? html`<button type="button" class="copy-prompt copy-context" data-copy-prompt="${sourceId}" data-copy-context-page hidden>Copy with sources</button>
`
      : ''
  }${links.map((service, i) => html`<a class="llm-link" id="prompt-${service}" href="${i === 0 ? llmUrl(service, prompt.text) : LLM_SERVICES[service].url}"${i === 0 ? '' : html` data-prompt-from="${sourceId}" hidden`} target="_blank" rel="noopener">${LLM_SERVICES[service].label}<span class="visually-hidden"> (new tab)</span></a>\n`)}<span class="copy-status" role="status" aria-live="polite"></span>
</div>
<noscript><p class="prompt-noscript">Copying needs JavaScript: expand the prompt and select its text instead.</p></noscript>
<details class="prompt">
<summary><span class="when-closed">Expand the prompt ↓</span><span class="when-open">Collapse the prompt ↑</span></summary>
<div class="prompt-display">
${markdownBlock(site, extras.markdown ? joinWrappedParagraphs(prompt.display) : prompt.display, 'prompt')}
</div>
</details>
${links.length === 0 ? html`<textarea id="${sourceId}" class="prompt-text" hidden readonly>\n${prompt.text}</textarea>\n` : ''}</section>`;
}
