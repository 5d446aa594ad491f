import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../src/parse/normalize-input.ts';
import { asLine, asNote, fixtureText, parseFixture, parseValue } from './fixture.ts';

describe('input normalisation', () => {
  it('reports a BOM once and keeps line numbers; line 1 columns count the BOM', () => {
    const { doc, reported } = parseFixture('bom');
    expect(reported).toEqual([{ rule: 'bom', line: 1, severity: 'info' }]);
    const line = asLine(doc);
    expect(line.title).toBe('Does a BOM hide?');
    expect(line.position?.start).toMatchObject({ line: 3, column: 1 });
    expect(line.sources).toEqual([expect.objectContaining({ title: 'Only source?', summary: 'Only summary.' })]);
    const lines = normalizeInput(new VFile({ value: '\uFEFFab\ncd' })) ?? [];
    expect(lines.map(({ text, line: n, column, offset }) => [text, n, column, offset])).toEqual([
      ['ab', 1, 2, 1],
      ['cd', 2, 1, 4],
    ]);
  });

  it('reads CRLF like LF, reporting it once, with the same records and line numbers', () => {
    const crlf = parseFixture('crlf');
    expect(crlf.reported).toEqual([{ rule: 'crlf', line: 1, severity: 'info' }]);
    const lf = parseValue(fixtureText('crlf', 'expected-lf.txt'), 'crlf/input.txt');
    expect(lf.reported).toEqual([]);
    const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, v) => (key === 'offset' ? undefined : v)));
    // Offsets differ by the CRs; lines, columns and content do not.
    expect(strip(crlf.doc)).toEqual(strip(lf.doc));
    expect(asNote(crlf.doc).related[0]?.position?.start.line).toBe(9);
  });

  it('treats a lone CR as a line ending too', () => {
    const { doc, reported } = parseValue('Title\rDeck\rBody line.\rSource: X', 'cr.txt');
    expect(reported.filter((r) => r.rule === 'crlf')).toEqual([{ rule: 'crlf', line: 1, severity: 'info' }]);
    expect(asNote(doc)).toMatchObject({ title: 'Title', summary: 'Deck', collection: 'X' });
  });

  it('strips trailing whitespace, reporting it once at the first such line', () => {
    const { doc, reported } = parseFixture('trailing-spaces');
    expect(reported).toEqual([{ rule: 'trailing-space', line: 3, severity: 'info' }]);
    const line = asLine(doc);
    expect(line.title).toBe('Do trailing spaces matter?');
    expect(line.prompt?.text).toBe('You are a prompt with trailing spaces.\n- a bullet\nLast line.');
  });

  it('returns nothing for an empty or whitespace-only file, with an empty-file warning', () => {
    for (const name of ['empty', 'whitespace-only']) {
      const { doc, reported } = parseFixture(name);
      expect(doc).toBeUndefined();
      expect(reported).toEqual([{ rule: 'empty-file', line: 1, severity: 'warning' }]);
    }
    expect(parseValue('\uFEFF  \n', 'bom-only.txt').doc).toBeUndefined();
  });

  it('returns nothing for binary content: NUL bytes (reported at their line) or invalid UTF-8', () => {
    const nul = parseFixture('binary');
    expect(nul.doc).toBeUndefined();
    expect(nul.reported).toEqual([{ rule: 'binary-file', line: 3, severity: 'error' }]);
    const invalid = parseFixture('invalid-utf8');
    expect(invalid.doc).toBeUndefined();
    expect(invalid.reported).toEqual([{ rule: 'binary-file', line: 1, severity: 'error' }]);
    expect(parseValue('text with a \0 NUL', 'nul.txt').reported).toEqual([{ rule: 'binary-file', line: 1, severity: 'error' }]);
  });
});
