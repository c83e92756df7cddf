/** The build step that writes the Pagefind index's tag and metadata file name into the search pages. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stampSearchPages } from '../../scripts/lib/build/stamp-search-pages.ts';
import { INDEX_TAG_MARK, META_FILE_MARK } from '../../src/lib/search/index-marks.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(languages: Record<string, string>, pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'stamp-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'pagefind'));
  const entry = { version: '1.6.0', languages: Object.fromEntries(Object.entries(languages).map(([lang, hash]) => [lang, { hash, wasm: null, page_count: 1 }])) };
  writeFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), JSON.stringify(entry));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const searchPage = (lang: string) =>
  `<!doctype html><html lang="${lang}"><head><link rel="preload" href="/pagefind/pagefind-entry.json?ts=${INDEX_TAG_MARK}"><link rel="preload" href="/pagefind/${META_FILE_MARK}"></head><body><form data-pagefind-tag="${INDEX_TAG_MARK}"></form></body></html>`;

describe('stampSearchPages', () => {
  it("fills in the index tag and each page's own metadata file, and leaves other pages alone", () => {
    const other = '<!doctype html><html lang="zh-Hans"><body>正文</body></html>';
    const dir = site({ 'zh-hans': 'zh-hans_aaa', 'zh-hant': 'zh-hant_bbb' }, { 'search/index.html': searchPage('zh-Hans'), 'zh-hant/search/index.html': searchPage('zh-Hant'), 'index.html': other });
    expect(stampSearchPages(dir).sort()).toEqual(['search/index.html', 'zh-hant/search/index.html']);
    const hans = readFileSync(join(dir, 'search/index.html'), 'utf8');
    const hant = readFileSync(join(dir, 'zh-hant/search/index.html'), 'utf8');
    const tag = /data-pagefind-tag="([^"]+)"/.exec(hans)?.[1];
    expect(tag).toMatch(/^[0-9a-f]{16}$/);
    expect(hans).toContain(`pagefind-entry.json?ts=${tag}"`);
    expect(hans).toContain('/pagefind/pagefind.zh-hans_aaa.pf_meta"');
    expect(hant).toContain('/pagefind/pagefind.zh-hant_bbb.pf_meta"');
    expect(hant).toContain(`data-pagefind-tag="${tag}"`);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(other);
  });

  it('gives a new tag when the index changes', () => {
    const tagOf = (hash: string) => {
      const dir = site({ 'zh-hans': hash }, { 'search/index.html': searchPage('zh-Hans') });
      stampSearchPages(dir, ['search/index.html']);
      return /data-pagefind-tag="([^"]+)"/.exec(readFileSync(join(dir, 'search/index.html'), 'utf8'))?.[1];
    };
    expect(tagOf('zh-hans_aaa')).toBe(tagOf('zh-hans_aaa'));
    expect(tagOf('zh-hans_aaa')).not.toBe(tagOf('zh-hans_ccc'));
  });

  it('stops, naming the page, when its language has no index', () => {
    const dir = site({ 'zh-hans': 'zh-hans_aaa' }, { 'en/search/index.html': searchPage('en') });
    expect(() => stampSearchPages(dir, ['en/search/index.html'])).toThrow(/en\/search\/index\.html: no Pagefind index for the page's language \(en\)/);
  });
});
