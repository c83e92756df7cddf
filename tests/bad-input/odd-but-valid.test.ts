import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitsMeta } from '../../src/lib/search/units.ts';
import { CLEAN_NOTICE, replaceOnce, ROOT, runBuild, type BuildRun } from '../support/run-build.ts';

const HOSTILE_SENTENCE = '大力发展普惠性养老服务<script>alert("x")</script>,预计{1+1}家。';
const HOSTILE_LINE = 'import fs from "fs"';

/** Three notices that are odd but valid, built together in one run (a full build takes a while). */
const FILES: Record<string, string | Uint8Array> = {
  'odd-crlf-bom.txt': `\uFEFF${CLEAN_NOTICE.replaceAll('\n', '\r\n')}`,
  'odd-gb18030.txt': readFileSync(join(ROOT, 'tests/fixtures/encoding/clean-notice-gb18030.txt')),
  'odd-hostile.txt': replaceOnce(CLEAN_NOTICE, '大力发展普惠性养老服务。(区民政局、区卫生健康委按职责分工负责)\n', `${HOSTILE_SENTENCE}(区民政局、区卫生健康委按职责分工负责)\n\n${HOSTILE_LINE}\n`),
};

/** The text a reader sees: tags removed, then character references decoded. */
function visibleText(html: string): string {
  const body = html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<style\b[\s\S]*?<\/style>/gi, '');
  return body
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('odd but valid notices build', () => {
  let run: BuildRun;
  // The build rewrites the project's generated content/ folder; put it back afterwards.
  const contentBackup = mkdtempSync(join(tmpdir(), 'content-backup-'));
  const contentDir = join(ROOT, 'content');
  const page = (slug: string, measure: number) => readFileSync(join(run.outDir, slug, 'measures', String(measure), 'index.html'), 'utf8');

  beforeAll(() => {
    if (existsSync(contentDir)) cpSync(contentDir, join(contentBackup, 'content'), { recursive: true });
    run = runBuild(FILES, 'previous build\n');
  }, 150_000);

  afterAll(() => {
    run?.dispose();
    if (existsSync(join(contentBackup, 'content'))) {
      rmSync(contentDir, { recursive: true, force: true });
      cpSync(join(contentBackup, 'content'), contentDir, { recursive: true });
    }
    rmSync(contentBackup, { recursive: true, force: true });
  });

  it('succeeds and replaces the previous build', () => {
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.marker()).toBeNull();
    expect(run.outEntries()).toEqual(expect.arrayContaining(['index.html', 'odd-crlf-bom', 'odd-gb18030', 'odd-hostile']));
  });

  it.each(['odd-crlf-bom', 'odd-gb18030'])('%s: the measure page shows the Chinese text, without BOM or CR', (slug) => {
    const html = page(slug, 1);
    const text = visibleText(html);
    expect(text).toContain('强化基本公共服务保障');
    expect(text).toContain('基本公共教育');
    expect(text).toContain('扩大普惠性资源供给,促进教育公平。');
    expect(text).toContain('(区发展改革委、区教育局按职责分工负责)');
    expect(html).not.toContain('\uFEFF');
    expect(html).not.toContain('\r');
  });

  it('lists every notice of the archive on the home page, each linking to its own section', () => {
    const home = readFileSync(join(run.outDir, 'index.html'), 'utf8');
    expect(home).toContain('文件库');
    for (const slug of Object.keys(FILES).map((f) => f.replace(/\.txt$/, ''))) expect(home).toContain(`href="/${slug}/"`);
  });

  it("keeps each notice's chapters apart in the search filter, under the notice's title", () => {
    // An archive's choices are in search-choices.json, which the search page's script puts into its selects.
    const search = readFileSync(join(run.outDir, 'search', 'index.html'), 'utf8');
    expect(search).toContain('data-choices="/search-choices.json"');
    const { choices } = JSON.parse(readFileSync(join(run.outDir, 'search-choices.json'), 'utf8')) as { choices: { param: string; groups: { label: string | null; options: { value: string }[] }[] }[] };
    const chapterGroups = choices.find((c) => c.param === 'chapter')!.groups;
    expect(chapterGroups).toHaveLength(3);
    const values = chapterGroups.flatMap((g) => g.options.map((o) => o.value));
    expect(new Set(values).size).toBe(values.length);
    // A measure's chapter filter (in the units its full-text page gives the search) is one of the choices under its own notice's title.
    for (const slug of Object.keys(FILES).map((f) => f.replace(/\.txt$/, ''))) {
      const html = readFileSync(join(run.outDir, slug, 'full-text', 'index.html'), 'utf8');
      const json = /data-pagefind-meta="units">([^<]+)</.exec(html)?.[1] ?? '';
      const { units } = JSON.parse(json.replace(/&quot;/g, '"').replace(/&#34;/g, '"').replace(/&amp;/g, '&')) as UnitsMeta;
      const filter = units.find((u) => u[2] === 1)?.[3];
      expect(filter).toBe(`${slug}-c1`);
      expect(html).toContain(`data-pagefind-filter="chapter:${filter}"`);
      expect(chapterGroups.filter((g) => g.label && g.options.some((o) => o.value === filter))).toHaveLength(1);
    }
  });

  it('shows <script>, {1+1} and a line-initial import as escaped text, not as code', () => {
    const html = page('odd-hostile', 2);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<script>\s*alert/i);
    expect(html).not.toMatch(/<script[^>]*>[^<]*alert\(/i);
    const text = visibleText(html);
    expect(text).toContain(HOSTILE_SENTENCE);
    expect(text).toContain(HOSTILE_LINE);
    expect(text).not.toContain('预计2家');
  });
});

