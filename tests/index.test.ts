import { describe, expect, it } from 'vitest';
import * as atlas from '../src/index.ts';

describe('public API', () => {
  it('exports the pipeline stages and nothing else by accident', () => {
    expect(Object.keys(atlas).sort()).toEqual(['RULES', 'buildAtlas', 'collectDiagnostics', 'loadAtlas', 'parseDocument', 'readNotes', 'resolveAtlas'].sort());
  });
});
