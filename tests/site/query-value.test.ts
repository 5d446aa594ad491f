/**
 * The "Open in …" link's prompt, written in fewer bytes than encodeURIComponent writes it, still
 * reads back exactly as the browser (and the LLM's site) reads a query.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { llmUrl, queryValue } from '../../src/site/components/research-prompt.ts';

describe('queryValue', () => {
  it('reads back exactly through URLSearchParams, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(new URL(`https://chatgpt.com/?q=${queryValue(text)}`).searchParams.get('q')).toBe(text);
      }),
    );
  });

  it('writes spaces as + and keeps common punctuation as it is', () => {
    expect(queryValue('a b, c/d: e; f? g@h')).toBe('a+b,+c/d:+e;+f?+g@h');
    expect(queryValue('1 + 1 & x=2 #3 %')).toBe('1+%2B+1+%26+x%3D2+%233+%25');
    expect(llmUrl('claude', 'Re-test (1) **this**.')).toBe('https://claude.ai/new?q=Re-test+(1)+**this**.');
  });
});
