/**
 * Counterexamples that `npm run test:explore` found, each kept as a plain fixture test so the
 * loss it showed stays fixed (fixtures in tests/fixtures/parse/counterexamples/).
 */
import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/parse/index.ts';
import { asLine, parseFixture } from './fixture.ts';

describe('a link reference definition above a setext heading, under the research prompt heading', () => {
  // `## Research prompt`, `[ref]: http://x.test "t"`, U+000E, `-`: the `-` makes the two lines
  // above it a setext heading, and CommonMark takes the definition out of that heading. The
  // definition is what the author wrote under the prompt heading, so it is the prompt.
  const { doc, reported } = parseFixture('counterexamples/setext-definition-prompt', 'input.md');

  it('recognises the research prompt section and keeps the definition as its copy text', () => {
    const line = asLine(doc);
    expect(line.prompt?.text).toBe('[ref]: http://x.test "t"');
    expect(reported.map((r) => r.rule)).not.toContain('incomplete-entry');
  });

  it('keeps every line in the record: the definition in the prompt, the heading in the body', () => {
    const texts = documentText(doc!);
    expect(texts.some((t) => t.includes('http://x.test'))).toBe(true);
    expect(doc!.body.children.map((n) => n.type)).toEqual(['heading']);
  });
});
