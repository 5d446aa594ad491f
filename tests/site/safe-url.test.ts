import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/site/render/safe-url.ts';

describe('isSafeUrl', () => {
  it('allows web and mail addresses, paths and fragments', () => {
    for (const url of ['https://arxiv.org/abs/2506.18032', 'http://example.org', 'mailto:a@b.c', '/notes/a/', '../x', 'x.html', '#top', '?q=1']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('refuses script, data and other schemes, however they are disguised', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:x', 'java\tscript:x', 'data:text/html,<b>', 'vbscript:x', 'file:///etc/passwd', 'javascript&colon;x']) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});
