/**
 * Pagefind's page list made small (scripts/lib/search/page-list.ts): fragments renamed in
 * sequence, every page keeping its own text under its new name; word counts rounded; the page
 * list and pagefind-entry.json pointing at the new names, which change whenever the index does.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Cbor } from '../../scripts/lib/search/cbor.ts';
import { indexFileBytes, readIndexFile } from '../../scripts/lib/search/index-chunks.ts';
import { compactPageLists, roundedLength } from '../../scripts/lib/search/page-list.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A Pagefind output folder with one language and these fragments (name -> text). */
function pagefindDir(metaHash: string, fragments: Record<string, string>): string {
  const site = mkdtempSync(join(tmpdir(), 'fragments-'));
  dirs.push(site);
  mkdirSync(join(site, 'pagefind', 'fragment'), { recursive: true });
  const pages = Object.keys(fragments).map((hash, i): Cbor => [hash, [5, 100, 1000][i % 3]!, '']);
  writeFileSync(join(site, 'pagefind', `pagefind.${metaHash}.pf_meta`), indexFileBytes(['1.6.0', pages, [['区', '齐', 'zh-hans_c1']], [], [], ['title']]));
  for (const [hash, text] of Object.entries(fragments)) writeFileSync(join(site, 'pagefind', 'fragment', `${hash}.pf_fragment`), text);
  writeFileSync(join(site, 'pagefind', 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { 'zh-hans': { hash: metaHash, wasm: null, page_count: pages.length } } }));
  return site;
}

function pageList(site: string): { meta: string; pages: [string, number, string][]; rest: Cbor[] } {
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const meta = `pagefind.${entry.languages['zh-hans']!.hash}.pf_meta`;
  const [, pages, ...rest] = readIndexFile(join(site, 'pagefind', meta)) as Cbor[];
  return { meta, pages: pages as [string, number, string][], rest };
}

describe('page list', () => {
  it('rounds word counts to steps of 15 %, short pages exact', () => {
    expect([0, 1, 7, 10, 100, 1000, 5000].map(roundedLength)).toEqual([0, 1, 7, 9, 101, 942, 5042]);
    for (let words = 1; words < 50000; words += 7) expect(Math.abs(roundedLength(words) - words) / words).toBeLessThanOrEqual(0.1);
    // Near lengths share a value: that is what lets the list compress.
    expect(new Set(Array.from({ length: 200 }, (_, i) => roundedLength(2000 + i))).size).toBeLessThanOrEqual(2);
  });

  it('numbers the fragments under the page list hash, each keeping its text', () => {
    const site = pagefindDir('zh-hans_c081a8205d39a11', { 'zh-hans_3f9a1c2': '养老', 'zh-hans_0b7e5d1': '托育', 'zh-hans_9c2a4f0': '家政' });
    expect(compactPageLists(site)).toBe(3);
    const { meta, pages, rest } = pageList(site);
    expect(pages).toEqual([
      ['zh-hans_c081a82_1', 5, ''],
      ['zh-hans_c081a82_2', 101, ''],
      ['zh-hans_c081a82_3', 942, ''],
    ]);
    expect(pages.map(([name]) => readFileSync(join(site, 'pagefind', 'fragment', `${name}.pf_fragment`), 'utf8'))).toEqual(['养老', '托育', '家政']);
    expect(readdirSync(join(site, 'pagefind', 'fragment'))).toHaveLength(3);
    // The chunk list, filters and meta fields are kept; the old page list is gone.
    expect(rest).toEqual([[['区', '齐', 'zh-hans_c1']], [], [], ['title']]);
    expect(meta).toMatch(/^pagefind\.zh-hans_[0-9a-f]{15}\.pf_meta$/);
    expect(readdirSync(join(site, 'pagefind')).filter((f) => f.endsWith('.pf_meta'))).toEqual([meta]);
  });

  it('gives other names when the index changes, and the same names for the same index', () => {
    const names = (metaHash: string) => {
      const site = pagefindDir(metaHash, { 'zh-hans_3f9a1c2': '养老' });
      compactPageLists(site);
      return pageList(site);
    };
    expect(names('zh-hans_c081a8205d39a11')).toEqual(names('zh-hans_c081a8205d39a11'));
    const other = names('zh-hans_5e0d3b7a9f21c44');
    expect(other.pages[0]![0]).toBe('zh-hans_5e0d3b7_1');
    expect(other.meta).not.toBe(names('zh-hans_c081a8205d39a11').meta);
  });

  it('stops, naming the file, when the page list is not laid out as Pagefind 1.6 writes it', () => {
    const site = pagefindDir('zh-hans_c081a8205d39a11', { 'zh-hans_3f9a1c2': '养老' });
    const file = join(site, 'pagefind', 'pagefind.zh-hans_c081a8205d39a11.pf_meta');
    writeFileSync(file, indexFileBytes(['1.6.0', [['zh-hans_3f9a1c2', 100, 'zh-hans_group1']], [], [], [], []]));
    expect(() => compactPageLists(site)).toThrow(/pagefind\.zh-hans_c081a8205d39a11\.pf_meta: page 0 is not/);
    expect(readdirSync(join(site, 'pagefind', 'fragment'))).toEqual(['zh-hans_3f9a1c2.pf_fragment']);
  });
});
