/** Zero broken internal links or anchors: every href on every page resolves to a built file, and every #fragment to an id. */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, DIST, fileOf, htmlPages, page, requireDist, selectAll } from '../support/dist.ts';
import { duplicateIds, Site } from '../support/site-checks.ts';

describe('internal links', () => {
  beforeAll(requireDist);

  it('every internal href and #anchor on every page resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const from of htmlPages()) {
      for (const a of selectAll('a[href], link[href]', page(from))) {
        const href = String(a.properties.href);
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, `http://site${BASE}${from.slice(1)}`);
        if (!url.pathname.startsWith(BASE)) {
          broken.push(`${from} -> ${href} (outside the base path ${BASE})`);
          continue;
        }
        const target = `/${url.pathname.slice(BASE.length)}`;
        checked++;
        if (!existsSync(fileOf(target))) {
          broken.push(`${from} -> ${href} (no such file)`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && target.endsWith('/') && selectAll(`[id="${id}"]`, page(target)).length !== 1) {
          broken.push(`${from} -> ${href} (no element with id ${id})`);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('ids are unique on every page', () => {
    expect(duplicateIds(new Site(DIST, BASE))).toEqual([]);
  });
});
