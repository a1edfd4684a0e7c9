import { describe, expect, it } from 'vitest';
import { jsonForHtml } from '../../src/lib/text/json-in-html.ts';

describe('jsonForHtml', () => {
  const hostile = { title: 'A </script><script>alert(1)</script> & <!-- \u2028\u2029 title' };

  it('leaves no character that could end a <script> element or open a comment', () => {
    const json = jsonForHtml(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('reads back as the same value', () => {
    expect(JSON.parse(jsonForHtml(hostile))).toEqual(hostile);
  });
});
