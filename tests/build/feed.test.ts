/** The Atom feed of each script: valid XML, every notice at its absolute URL with its title and date, and named in every page's head. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, DIST, htmlPages, page, requireDist, select, selectAll } from '../support/dist.ts';
import { readAtom } from '../support/atom.ts';
import { toHant } from '../../src/i18n/convert.ts';

const SLUG = 'jizhou-2022-16';
const SCRIPTS = [
  { lang: 'zh-Hans', prefix: '', title: (data: OpenData) => data.cover.title, inScript: (s: string) => s },
  { lang: 'zh-Hant', prefix: 'zh-hant/', title: (data: OpenData) => data.zhHant.title, inScript: toHant },
];
type OpenData = { cover: { title: string }; zhHant: { title: string }; metadata: { documentNumber: string; issuer: string } };

describe('Atom feeds', () => {
  beforeAll(requireDist);
  const data = (): OpenData => JSON.parse(readFileSync(`${DIST}/data/${SLUG}.json`, 'utf8'));
  const canonical = (path: string) => String(select('link[rel="canonical"]', page(path))!.properties.href);

  it.each(SCRIPTS)('the $lang feed lists the notice with its title, absolute URL, date and issuer', ({ lang, prefix, title, inScript }) => {
    const feed = readAtom(readFileSync(`${DIST}/${prefix}feed.xml`, 'utf8'));
    const url = canonical(`/${prefix}${SLUG}/`);
    expect(new URL(url).pathname).toBe(`${BASE}${prefix}${SLUG}/`);
    expect(feed.lang).toBe(lang);
    expect(feed.links.self).toBe(new URL(`${BASE}${prefix}feed.xml`, url).href);
    expect(feed.updated).toBe('2022-12-17T00:00:00+08:00');
    const { documentNumber, issuer } = data().metadata;
    expect(feed.entries).toEqual([
      {
        id: url,
        link: url,
        title: title(data()),
        published: '2022-12-17T00:00:00+08:00',
        updated: '2022-12-17T00:00:00+08:00',
        author: inScript(issuer),
        summary: inScript(`文号：${documentNumber}；发文机关：${issuer}`),
      },
    ]);
  });

  it("is named once in every page's head, in the page's own script", () => {
    for (const path of htmlPages()) {
      const links = selectAll('head link[rel="alternate"][type="application/atom+xml"]', page(path));
      expect(links.map((l) => l.properties.href), path).toEqual([`${BASE}${path.startsWith('/zh-hant/') ? 'zh-hant/' : ''}feed.xml`]);
      expect(String(links[0]!.properties.title).length, path).toBeGreaterThan(2);
    }
  });
});
