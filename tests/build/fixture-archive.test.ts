/**
 * The fixture corpus (tests/fixtures/notices/) built as one archive: every notice gets its own
 * section in both scripts, with a page per measure, and every Chinese character of its text
 * reaches its pages (the home page and the full text, as a reader sees them). Each script's
 * Atom feed lists every notice, newest first, as the archive's home does.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';
import type { Notice } from '../../scripts/lib/model.ts';
import { missingHan } from '../support/model-text.ts';
import { buildIsolated, type IsolatedBuild } from '../support/isolated-build.ts';
import { brokenReferences, duplicateIds, htmlProblems, Site } from '../support/site-checks.ts';
import { readAtom } from '../support/atom.ts';

const CASES = fileURLToPath(new URL('../fixtures/notices/', import.meta.url));
const names = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const files = Object.fromEntries(names.map((name) => [`${name}.txt`, readFileSync(join(CASES, name, 'input.txt'))]));
const notices = new Map<string, Notice>(names.map((name) => [name, parseNotice(files[`${name}.txt`]!, { file: `${name}.txt` })]));

/** The reading text of a page: its main content without the as-published disclosure and the notes that quote the original. */
function readingText(path: string): string {
  const tree = fromHtml(readFileSync(path, 'utf8'));
  const main = selectAll('main', tree)[0]!;
  for (const hidden of selectAll('.as-published, .fix-notes, .read-aloud', main)) hidden.children = [];
  return toText(main);
}

describe('the fixture corpus as one archive', () => {
  // An isolated copy of the project, so this build may run beside the others (it writes its own content/).
  let run: IsolatedBuild;
  const seedsDir = mkdtempSync(join(tmpdir(), 'fixture-seeds-'));
  beforeAll(async () => {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(seedsDir, name), bytes);
    run = await buildIsolated({ seedsDir });
  }, 300_000);
  afterAll(() => {
    run?.dispose();
    rmSync(seedsDir, { recursive: true, force: true });
  });

  it('builds, printing the layout it recognised for each notice', () => {
    expect(run.log.match(/^ {2}layout /gm)?.length).toBe(names.length);
  });

  // Every page of the archive (home, browse-by, citations, departments across notices) passes the checks the main build passes.
  it('is valid HTML on every page', async () => {
    const { pages, problems } = await htmlProblems(new Site(run.outDir));
    expect(pages).toBeGreaterThan(names.length * 10);
    expect(problems).toEqual([]);
  }, 300_000);

  it('has no broken internal link or anchor, and no id twice on a page', () => {
    const site = new Site(run.outDir);
    const { checked, problems } = brokenReferences(site);
    expect(checked).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
    expect(duplicateIds(site)).toEqual([]);
  }, 300_000);

  it.each(names)('%s has its own section, a page per measure in both scripts', (name) => {
    const notice = notices.get(name)!;
    for (const prefix of ['', 'zh-hant']) {
      const dir = join(run.outDir, prefix, name);
      expect(readdirSync(dir)).toEqual(expect.arrayContaining(['index.html', 'full-text']));
      const measures = notice.plan.measures.length ? readdirSync(join(dir, 'measures')).length : 0;
      expect(measures).toBe(notice.plan.measures.length);
    }
  });

  it.each(names)('%s: every Chinese character of the text is on its pages, in the script it was published in', (name) => {
    const notice = notices.get(name)!;
    const prefix = notice.sourceScript === 'zh-Hant' ? 'zh-hant' : '';
    const dir = join(run.outDir, prefix, name);
    const pages = readingText(join(dir, 'index.html')) + readingText(join(dir, 'full-text', 'index.html'));
    // The document from its first line on (the metadata table shows its fields under the site's own labels).
    const first = Math.min(notice.cover?.line ?? Infinity, notice.plan.line, ...[...(notice.cover?.masthead ?? []), ...notice.plan.masthead].map((m) => m.line));
    const source = notice.sourceLines.filter((l) => l.line >= first).map((l) => l.text.replace(/<[^>]*>/g, '')).join('\n');
    // A line that lost its breaks also holds the page chrome and the metadata labels: those are accounted for by the model.
    const sharedLines = new Set(notice.sourceLines.filter((l) => l.line >= first).map((l) => l.line));
    const headOnSameLine = [...notice.chrome.lines, ...notice.metadata.map((f) => ({ line: f.line, text: f.label }))].filter((l) => sharedLines.has(l.line)).map((l) => l.text);
    expect(missingHan(source, [pages, ...headOnSameLine]).join('')).toBe('');
  });

  it.each(['', 'zh-hant'])('lists every notice in the feed of /%s, newest first and undated last, in the order of the archive home', (prefix) => {
    const feed = readAtom(readFileSync(join(run.outDir, prefix, 'feed.xml'), 'utf8'));
    const slugOf = (url: string) => new URL(url).pathname.split('/').filter(Boolean).at(-1)!;
    const slugs = feed.entries.map((e) => slugOf(e.id));
    expect([...slugs].sort()).toEqual(names);
    const days = slugs.map((slug) => notices.get(slug)!.facts.date.iso ?? '');
    expect(days).toEqual([...days].sort().reverse());
    expect(days.filter((d) => d).length).toBeGreaterThan(names.length / 2);
    expect(feed.entries.map((e) => e.updated.slice(0, 10))).toEqual(days.map((d) => d || '1970-01-01'));
    expect(feed.updated).toBe(feed.entries[0]!.updated);
    for (const entry of feed.entries) expect(entry.link, entry.id).toBe(entry.id);
    const home = fromHtml(readFileSync(join(run.outDir, prefix, 'index.html'), 'utf8'));
    const listed = selectAll('ul.archive-list > li > a', home).map((a) => String(a.properties.href).split('/').filter(Boolean).at(-1));
    expect(slugs).toEqual(listed);
  });

  describe('duties', () => {
    const withDepartments = names.filter((name) => notices.get(name)!.departments.length > 0);
    const page = (prefix: string, ...path: string[]) => fromHtml(readFileSync(join(run.outDir, prefix, ...path, 'index.html'), 'utf8'));
    const textOf = (tree: ReturnType<typeof fromHtml>, selector: string) => selectAll(selector, tree).map((n) => toText(n).trim());

    it.each(withDepartments)('%s: each department has a page in both scripts listing every task whose clause names it', (name) => {
      const notice = notices.get(name)!;
      for (const prefix of ['', 'zh-hant']) {
        for (const d of notice.departments) {
          const tree = page(prefix, name, 'departments', d.id);
          expect(selectAll('.task', tree).length, `${name} ${d.id}`).toBe(d.duties.length);
        }
      }
    });

    it('shows a lead department its lead tasks first, and names roles on the measure page', () => {
      const name = 'responsibility-lead-units';
      const lead = notices.get(name)!.departments.find((d) => d.name === '区市场监管局')!;
      expect(lead.duties.map((d) => d.role)).toEqual(['lead', 'responsible']);
      expect(textOf(page('', name, 'departments', lead.id), 'main h2')).toEqual(['牵头的任务', '负责的任务']);
      expect(textOf(page('zh-hant', name, 'departments', lead.id), 'main h2')).toEqual(['牽頭的任務', '負責的任務']);
      expect(textOf(page('', name, 'measures', '3'), '.dept-list li')).toEqual(['区金融局（牵头）', '区发展和改革局（负责）', '区市场监管局（负责）']);
    });

    it('writes one CSV row per department and role, with its government', () => {
      const csv = readFileSync(join(run.outDir, 'data', 'responsibility-lead-units-responsibility.csv'), 'utf8').split('\r\n');
      expect(csv[0]).toBe('\uFEFFid,责任单位,类型,辖区,角色,(一),(二),(三),(四),合计');
      expect(csv).toContain('shichang-jianguan,区市场监管局,district,佛山市顺德区,牵头,1,,,,1');
      expect(csv).toContain('shichang-jianguan,区市场监管局,district,佛山市顺德区,负责,,,1,,1');
    });

    it('gives departments of different governments different uids, and one government one uid per department', () => {
      const all = withDepartments.flatMap((name) => JSON.parse(readFileSync(join(run.outDir, 'data', `${name}.json`), 'utf8')).departments as { id: string; uid: string; name: string; jurisdiction: { id: string } | null }[]);
      const byUid = new Map<string, Set<string>>();
      for (const d of all) byUid.set(d.uid, (byUid.get(d.uid) ?? new Set()).add(d.name));
      expect([...byUid].filter(([, names]) => names.size > 1)).toEqual([]);
      const minzheng = new Set(all.filter((d) => d.id === 'minzheng').map((d) => d.uid));
      expect(minzheng.size).toBeGreaterThan(3);
      for (const d of all) expect(d.uid.startsWith(`${d.jurisdiction?.id ?? 'unknown'}/`)).toBe(true);
    });
  });
  describe('citations between notices', () => {
    const page = (prefix: string, ...path: string[]) => fromHtml(readFileSync(join(run.outDir, prefix, ...path, 'index.html'), 'utf8'));
    const links = (tree: ReturnType<typeof fromHtml>, selector: string) => selectAll(selector, tree).map((a) => [toText(a), String(a.properties.href)]);
    const district = 'citations-district-implements';
    const municipal = 'citations-municipal-measures';

    it.each([['', '/'], ['zh-hant', '/zh-hant/']])('links a citation in the text to the cited notice, by number (a damaged one too) and by title, in %s', (prefix, root) => {
      expect(links(page(prefix, district), '#preamble-p1 a.cite-link').map(([, href]) => href)).toEqual([`${root}${municipal}/`, `${root}combo-tianjin-municipal-pairs-print/`]);
      expect(links(page(prefix, district, 'measures', '1'), 'main a.cite-link')).toEqual([[prefix ? '津政辦發〔2024〕12號' : '津政办发〔2024〕12号', `${root}${municipal}/`]]);
      expect(links(page(prefix, district, 'measures', '2'), 'main a.cite-link').map(([, href]) => href)).toEqual([`${root}${municipal}/`]);
      // A plan outside the archive stays plain text, listed on the references page.
      expect(links(page(prefix, district, 'measures', '3'), 'main a.cite-link')).toEqual([]);
    });

    it('shows the cited notice who cites it, with links back to each place', () => {
      expect(links(page('', municipal), '.refs a').filter(([text]) => text!.includes('河西区'))).toEqual([['天津市河西区人民政府办公室关于印发河西区社区嵌入式服务设施建设实施方案的通知', `/${district}/`]]);
      const where = links(page('', municipal, 'references'), '#refs-cited-by + ul .refs-where a').map(([text, href]) => `${text} ${href}`);
      expect(where).toEqual([`方案前言 /${district}/full-text/#preamble-p1`, `（一）形成建设清单 /${district}/measures/1/#m01-p1`, `（二）改建存量用房 /${district}/measures/2/#m02-p1`]);
      const cited = selectAll('#refs-cites + ul li', page('zh-hant', district, 'references')).map((li) => toText(li).replace(/\s+/g, ' ').trim());
      expect(cited).toHaveLength(3);
      expect(cited[2]).toMatch(/^《河西區養老服務設施布局規劃（2021—2035年）》\s*本站未收錄\s*見（三）/u);
    });

    it('carries both directions in the open data', () => {
      const data = (slug: string) => JSON.parse(readFileSync(join(run.outDir, 'data', `${slug}.json`), 'utf8'));
      expect(data(district).citations.map((c: { target: string | null; matchedBy: string | null }) => [c.target, c.matchedBy])).toEqual([
        [municipal, 'number'],
        ['combo-tianjin-municipal-pairs-print', 'number'],
        [municipal, 'number'],
        [municipal, 'title'],
        [null, null],
      ]);
      expect(data(municipal).citedBy.map((c: { notice: string; paragraph: string }) => `${c.notice} ${c.paragraph}`)).toEqual([`${district} preamble-p1`, `${district} m01-p1`, `${district} m02-p1`]);
      const index = JSON.parse(readFileSync(join(run.outDir, 'data', 'index.json'), 'utf8')).notices as { slug: string; cites: string[]; citedBy: string[]; year: string | null; type: string | null; validity: string | null }[];
      expect(index.find((n) => n.slug === district)).toMatchObject({ cites: [municipal, 'combo-tianjin-municipal-pairs-print'], citedBy: [], year: '2024', type: '方案', validity: '有效' });
      expect(index.find((n) => n.slug === 'combo-tianjin-municipal-pairs-print')!.citedBy).toEqual([district, municipal]);
    });
  });
  describe('departments across the archive', () => {
    const page = (prefix: string, ...path: string[]) => fromHtml(readFileSync(join(run.outDir, prefix, ...path, 'index.html'), 'utf8'));
    const uid = 'tianjin/shi-shang-wu-ju';
    const naming = names.filter((name) => notices.get(name)!.departments.some((d) => d.uid === uid)).map((name) => notices.get(name)!);

    it('gives a city body named in several notices one page, each notice a section holding its tasks, newest first, in both scripts', () => {
      expect(naming.length).toBeGreaterThan(2);
      const newest = [...naming].sort((a, b) => (b.facts.date.iso ?? '').localeCompare(a.facts.date.iso ?? ''));
      for (const prefix of ['', 'zh-hant']) {
        const tree = page(prefix, 'departments', ...uid.split('/'));
        const sections = selectAll('main section', tree);
        expect(sections.map((s) => String(selectAll('h2 a', s)[0]!.properties.href))).toEqual(newest.map((n) => `/${prefix ? 'zh-hant/' : ''}${n.slug}/`));
        expect(sections.map((s) => selectAll('.task', s).length)).toEqual(newest.map((n) => n.departments.find((d) => d.uid === uid)!.duties.length));
      }
    });

    it('lists governments and their departments, and links a notice\'s department page to the archive-wide one', () => {
      expect(selectAll('main li a', page('', 'departments')).map((a) => toText(a))).toEqual(expect.arrayContaining(['天津市', '天津市河东区', '陕西省']));
      const tianjin = selectAll('main li a', page('', 'departments', 'tianjin')).map((a) => String(a.properties.href));
      expect(tianjin).toContain(`/departments/${uid}/`);
      const own = page('', naming[0]!.slug, 'departments', uid.split('/')[1]!);
      expect(selectAll('main a', own).map((a) => [toText(a), String(a.properties.href)])).toContainEqual([`本单位在 ${naming.length} 件文件中的全部任务`, `/departments/${uid}/`]);
    });
  });
});
