import { describe, expect, it } from 'vitest';
import { checkA11y } from '../../../src/lib/quality/a11y-static.ts';

const page = (body: string, lang = 'en') => ({ path: '/x/', html: `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><body><main>${body}</main></body></html>` });

describe('checkA11y (static checks run by every build)', () => {
  it('accepts a well-formed page', () => {
    expect(checkA11y([page('<h1>T</h1><h2>A</h2><h3>B</h3><h2>C</h2><label for="q">Q</label><input id="q"><table><caption>c</caption></table><a href="/">home</a>')])).toEqual([]);
  });

  it('reports a missing lang, a second h1, a skipped heading level, an unlabelled control, a table without caption and an empty link', () => {
    const issues = checkA11y([page('<h1>T</h1><h1>U</h1><h2>A</h2><h4>D</h4><input id="x"><select></select><table></table><a href="/y/"></a><img src="a.png">', '')]);
    expect(issues.map((i) => i.rule)).toEqual(['html-lang', 'one-h1', 'heading-order', 'img-alt', 'control-label', 'control-label', 'table-caption', 'link-name']);
    expect(issues.find((i) => i.rule === 'heading-order')!.detail).toBe('<h4> “D” follows <h2>: a level is skipped');
  });

  it('requires chart SVGs to be named images', () => {
    expect(checkA11y([page('<h1>T</h1><svg></svg>')]).map((i) => i.rule)).toEqual(['svg-name']);
  });
});
