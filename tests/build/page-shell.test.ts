/** The page shell on every page: skip link first, landmarks, one h1, no skipped heading levels, current page marked. */
import { beforeAll, describe, expect, it } from 'vitest';
import { toText } from 'hast-util-to-text';
import { htmlPages, page, requireDist, select, selectAll } from '../support/dist.ts';

describe('page shell', () => {
  beforeAll(requireDist);

  it('starts every page with a skip link to <main>', () => {
    for (const path of htmlPages()) {
      const first = select('body a, body button, body input', page(path));
      const main = select('main', page(path));
      expect(first?.properties.className, path).toContain('skip-link');
      expect(first?.properties.href, path).toBe(`#${main?.properties.id}`);
    }
  });

  it('has header, a labelled navigation, main and footer landmarks, each once', () => {
    for (const path of htmlPages()) {
      const tree = page(path);
      expect(selectAll('body > header', tree), path).toHaveLength(1);
      expect(selectAll('main', tree), path).toHaveLength(1);
      expect(selectAll('body > footer', tree), path).toHaveLength(1);
      for (const nav of selectAll('nav', tree)) expect(nav.properties.ariaLabel ?? nav.properties.ariaLabelledBy, path).toBeTruthy();
    }
  });

  it('has exactly one h1 and never skips a heading level', () => {
    for (const path of htmlPages()) {
      const levels = selectAll('h1, h2, h3, h4, h5, h6', page(path)).map((h) => Number(h.tagName[1]));
      expect(levels.filter((l) => l === 1), path).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1]!, `${path}: h${levels[i - 1]} then h${level}`).toBeLessThanOrEqual(1);
      });
    }
  });

  it('marks the current section in the main navigation with aria-current', () => {
    const current = (path: string) => selectAll('.main-nav a[aria-current="page"]', page(path)).map((a) => toText(a));
    expect(current('/jizhou-2022-16/full-text/')).toEqual(['全文']);
    expect(current('/zh-hant/jizhou-2022-16/departments/')).toEqual(['責任單位']);
    expect(current('/search/')).toEqual(['搜索']);
  });

  it('applies elder mode before first paint: the inline head script comes before the stylesheet and is allowed by the CSP hash', async () => {
    const { createHash } = await import('node:crypto');
    for (const path of ['/', '/zh-hant/jizhou-2022-16/measures/3/']) {
      const head = select('head', page(path))!;
      const children = selectAll('meta, script, link[rel="stylesheet"]', head);
      const script = children.findIndex((el) => el.tagName === 'script' && !el.properties.src);
      const style = children.findIndex((el) => el.tagName === 'link');
      expect(script).toBeGreaterThan(-1);
      expect(script).toBeLessThan(style);
      const code = toText(children[script]!);
      const csp = String(select('meta[http-equiv="Content-Security-Policy"]', head)!.properties.content);
      expect(csp).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain("'unsafe-eval'");
    }
  });

  it('publishes an accessibility statement in both scripts, linked from every page', () => {
    for (const path of htmlPages()) {
      const href = path.startsWith('/zh-hant/') ? '/zh-hant/accessibility/' : '/accessibility/';
      expect(select(`footer a[href="${href}"]`, page(path)), path).toBeTruthy();
    }
    const text = toText(select('main', page('/accessibility/'))!);
    for (const words of ['WCAG 2.2 AA', 'GB/T 37668-2019', '适老化', '24 像素', '60×60', '已知的限制', '反馈问题']) expect(text).toContain(words);
  });
});
