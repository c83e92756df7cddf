/**
 * Integrity of the built site (dist/, or OUT_DIR built with BASE_PATH) beyond tests/build:
 * every image has a text alternative, and every reference a page or stylesheet makes
 * (href, src, srcset, form action, CSS url(), the search page's Pagefind folder) resolves to
 * a built file under the base path, with nothing loaded from elsewhere. The same checks run on
 * a sub-path build in subpath-build.test.ts.
 */
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, DIST, requireDist } from '../support/dist.ts';
import { brokenReferences, countImages, imagesWithoutAlt, Site } from '../support/site-checks.ts';


describe('every image has a text alternative', () => {
  beforeAll(requireDist);

  it('on every built page', () => {
    const site = new Site(DIST, BASE);
    const pages = site.pages();
    expect(pages.length).toBeGreaterThan(60);
    const problems = pages.flatMap((path) => imagesWithoutAlt(site.page(path)).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });

  // The site has no images yet, so the check above passes on nothing: these show it would catch them.
  it.each([
    ['<img src="a.png">', 1],
    ['<img src="a.png" alt="区政府办公室印章">', 0],
    ['<img src="line.png" alt="">', 0],
    ['<a href="/"><img src="logo.png" alt=""></a>', 1],
    ['<a href="/"><img src="logo.png" alt="首页"></a>', 0],
    ['<input type="image" src="go.png">', 1],
    ['<input type="image" src="go.png" alt="搜索">', 0],
    ['<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>', 1],
    ['<svg aria-hidden="true" viewBox="0 0 1 1"></svg>', 0],
    ['<svg role="img" viewBox="0 0 1 1"></svg>', 1],
    ['<svg role="img" aria-label="图表"></svg>', 0],
    ['<svg role="img"><title>图表</title></svg>', 0],
    ['<map name="m"><area href="/a/" shape="rect" coords="0,0,1,1"></map>', 1],
  ])('the check counts %s as %i problem(s)', (html, count) => {
    const tree = fromHtml(`<!doctype html><html lang="zh-Hans"><title>t</title><body>${html}</body></html>`);
    expect(countImages(tree)).toBeGreaterThan(0);
    expect(imagesWithoutAlt(tree)).toHaveLength(count);
  });
});

describe('every reference resolves inside the site', () => {
  beforeAll(requireDist);

  it('href, src, srcset, action, CSS url() and the Pagefind folder, with nothing loaded from elsewhere', () => {
    const { problems, checked } = brokenReferences(new Site(DIST, BASE));
    expect(checked).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});
