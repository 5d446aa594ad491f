import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/parse/index.ts';
import { parseFixture, parseValue } from './fixture.ts';

describe('documentText', () => {
  it('lists every content field of an inquiring line, one prompt line per entry', () => {
    const { doc } = parseFixture('expand-glued');
    if (!doc) throw new Error('no record');
    expect(documentText(doc)).toEqual([
      'Does glue survive?',
      'This explores whether a glued control survives.',
      'A synthesis paragraph.',
      'A source title?',
      'A source summary.',
      'Copy into ChatGPT or Claude to take this further.',
      'You are a tester.',
      'Cite arXiv IDs; flag anything you cannot ground in a real paper.',
      'What comes after glue?',
      'Is there more glue?',
    ]);
  });

  it("lists a note's body blocks (each list item apart), related fields, collection and original title", () => {
    const { doc } = parseFixture('crlf');
    if (!doc) throw new Error('no record');
    expect(documentText(doc)).toEqual([
      'A note about line endings?',
      'The deck of a note with CRLF endings.',
      'First body line.',
      'item one',
      'item two',
      'Line after the list.',
      'Another note?',
      'Its description.',
      'its relation',
      'Endings',
      'line endings are a claim',
    ]);
  });

  it('keeps words apart across a hard line break', () => {
    const { doc } = parseValue('# T\n\nfirst\\\nsecond *and\\\nthird*', 'b.md');
    if (!doc) throw new Error('no record');
    expect(documentText(doc)).toContain('first\nsecond and\nthird');
  });
});
