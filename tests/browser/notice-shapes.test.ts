/**
 * The page shapes the general reader adds (a plan without a letter, a letter whose body is the
 * text, one outline level, articles, four levels with items, a Traditional source, no metadata,
 * repaired HTML), built from the fixture corpus: WCAG 2.2 AA by axe-core on each notice's home,
 * full text and first measure page, in both scripts and both modes, and what a reader sees.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useElderMode } from '../support/a11y.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildIsolated, type IsolatedBuild } from '../support/isolated-build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const CASES = fileURLToPath(new URL('../fixtures/notices/', import.meta.url));
const SHAPES = ['shape-plan-only', 'shape-letter-numbered-body', 'outline-one-level-arabic', 'outline-articles', 'outline-four-levels', 'traditional-shaanxi', 'meta-none', 'damaged-raw-html', 'duties-lead-cooperate-abbrev'];
/** Pages of departments with roles: the index with role counts, a lead department's page in role sections, the matrix with lead counts. */
const DUTY_PAGES = ['duties-lead-cooperate-abbrev/departments/', 'duties-lead-cooperate-abbrev/departments/qu-zheng-wu-fu-wu-ju/', 'duties-lead-cooperate-abbrev/departments/ge-jie-dao/', 'duties-lead-cooperate-abbrev/matrix/'];
/** Two notices where one cites the other: the citing notice's home and measure, the cited one's references page with its "cited by". */
const CITING = ['citations-municipal-measures', 'citations-district-implements'];
const CITATION_PAGES = ['citations-district-implements/', 'citations-district-implements/measures/1/', 'citations-municipal-measures/references/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let site: IsolatedBuild;
let server: StaticServer;
const seedsDir = mkdtempSync(join(tmpdir(), 'shape-seeds-'));

beforeAll(async () => {
  for (const name of [...SHAPES, ...CITING]) writeFileSync(join(seedsDir, `${name}.txt`), readFileSync(join(CASES, name, 'input.txt')));
  site = await buildIsolated({ seedsDir });
  server = await serveStatic(site.outDir);
}, 300_000);
afterAll(() => {
  server?.close();
  site?.dispose();
  rmSync(seedsDir, { recursive: true, force: true });
});

/** The archive these notices make: its home and a page of each way to browse it. */
const ARCHIVE_PAGES = [
  '',
  'archive/jurisdiction/tianjin/',
  'archive/jurisdiction/tianjin-hedong/',
  'archive/year/2023/',
  'archive/type/fang-an/',
  'archive/issuer/tian-jin-shi-ren-min-zheng-fu-ban-gong-ting/',
  'departments/',
  'departments/tianjin-hexi/',
  'departments/tianjin-hexi/minzheng/',
  `search/?q=${encodeURIComponent('建设清单')}&gov=tianjin`,
];
const pages = ['', '/zh-hant'].flatMap((prefix) => [
  ...SHAPES.flatMap((name) => [`${prefix}/${name}/`, `${prefix}/${name}/full-text/`, `${prefix}/${name}/measures/1/`]),
  ...DUTY_PAGES.map((path) => `${prefix}/${path}`),
  ...CITATION_PAGES.map((path) => `${prefix}/${path}`),
  ...ARCHIVE_PAGES.map((path) => `${prefix}/${path}`),
]);

describe.each([
  { mode: 'normal', elder: false },
  { mode: 'elder', elder: true },
])('new notice shapes, axe-core, $mode mode', ({ elder }) => {
  it('finds zero violations on every home, full-text and first measure page', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      if (elder) await useElderMode(browser);
      const page = await browser.newPage();
      const violations: string[] = [];
      // Elder mode changes sizes and contrast, not structure: here it runs on the zh-Hans pages (the
      // Jizhou axe test runs both modes on every page of both scripts), to keep CI within its time.
      for (const path of elder ? pages.filter((p) => !p.startsWith('/zh-hant')) : pages) {
        const response = await page.goto(`${server.origin}${path}`);
        expect(response?.status(), path).toBe(200);
        // A search page is checked with its results shown.
        if (path.includes('search/?q=')) await page.waitForSelector('#search-results[data-search-done]:not([aria-busy]) li', { state: 'attached' });
        const builder = new AxeBuilder({ page }).withTags(TAGS);
        if (elder) builder.options({ rules: { 'color-contrast-enhanced': { enabled: true } } });
        for (const v of (await builder.analyze()).violations) violations.push(`${path} [${v.id}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.dispose();
    }
  }, 600_000);
});

describe('what a reader sees', () => {
  it('an article is headed and cited by its own number; an item shows its number before its text', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/outline-articles/measures/1/`);
      expect(await page.locator('h1').innerText()).toMatch(/^第一条/);
      expect(await page.locator('.cite').innerText()).not.toMatch(/第第|条项/);
      await page.goto(`${server.origin}/outline-four-levels/measures/1/`);
      const marked = await page.locator('main .para .item-marker, main .para .subitem').allInnerTexts();
      expect(marked.length).toBeGreaterThan(0);
    } finally {
      await browser.dispose();
    }
  }, 120_000);

  it('roles: a measure names lead and cooperating units, its links lead to the department, lead tasks first, and the matrix cell lands on the task', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/duties-lead-cooperate-abbrev/measures/4/`);
      expect(await page.locator('.dept-list li').allInnerTexts()).toEqual(['区政务服务局（牵头）', '区发改局（配合）', '区审改办（配合）']);
      await page.locator('.dept-list a', { hasText: '区政务服务局' }).click();
      expect(await page.locator('h1').innerText()).toBe('区政务服务局');
      expect(await page.locator('main h2').first().innerText()).toBe('牵头的任务');
      await page.goto(`${server.origin}/duties-lead-cooperate-abbrev/departments/ge-jie-dao/`);
      expect(await page.locator('main h2').allInnerTexts()).toEqual(['负责的任务', '配合的任务']);
      await page.goto(`${server.origin}/duties-lead-cooperate-abbrev/matrix/`);
      const cell = page.locator('tr[data-department="qu-zheng-wu-fu-wu-ju"] td.load a').first();
      expect(await cell.textContent()).toBe('1（牵头 1）');
      await cell.click();
      const target = new URL(page.url()).hash.slice(1);
      expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
      await page.goto(`${server.origin}/zh-hant/duties-lead-cooperate-abbrev/measures/4/`);
      expect(await page.locator('.dept-list li').first().innerText()).toBe('區政務服務局（牽頭）');
    } finally {
      await browser.dispose();
    }
  }, 120_000);

  it('the archive can be browsed without JavaScript: home, a jurisdiction, a year, a kind of document, to a notice, in both scripts', async () => {
    const browser = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      const titles = await page.locator('.archive-list > li > a').allInnerTexts();
      expect(titles).toHaveLength(SHAPES.length + CITING.length);
      // Governments nest: the city holds its districts' notices, and the district sits under it.
      // Each way to browse is folded under its heading until the reader opens it.
      const jurisdictions = page.locator('details:has(#facet-jurisdiction)');
      expect(await jurisdictions.locator('> ul').isVisible()).toBe(false);
      await jurisdictions.locator('summary').click();
      await jurisdictions.locator('> ul > li > a', { hasText: /^天津市$/u }).click();
      expect(await page.locator('h1').innerText()).toBe('按地区：天津市');
      const inCity = await page.locator('.archive-list > li').count();
      // On a facet's page, that facet stands open.
      await page.locator('details:has(#facet-jurisdiction) > ul > li > ul a', { hasText: /^河东区$/u }).click();
      expect(await page.locator('h1').innerText()).toBe('按地区：天津市河东区');
      expect(await page.locator('.breadcrumb a').allInnerTexts()).toEqual(['文件库', '按地区：天津市', '按地区：天津市河东区']);
      expect(await page.locator('.archive-list > li').count()).toBeLessThan(inCity);
      await page.locator('.archive-list > li > a').first().click();
      expect(await page.locator('h1').innerText()).toContain('河东区社区便民服务提升行动方案');
      await page.goto(`${server.origin}/zh-hant/archive/type/fang-an/`);
      expect(await page.locator('h1').innerText()).toBe('按文種：方案');
      expect(await page.locator('.facets [aria-current="page"]').innerText()).toBe('方案');
      const years = await page.locator('details:has(#facet-year) > ul a').allTextContents();
      expect(years).toEqual([...years].sort((a, b) => (a === '未註明' ? 1 : b === '未註明' ? -1 : b.localeCompare(a))));
    } finally {
      await browser.dispose();
    }
  }, 120_000);

  it('a citation leads to the cited notice, and its "cited by" leads back to the place, in both scripts', async () => {
    const browser = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await browser.newPage();
      for (const [prefix, number, back] of [
        ['', '津政办发〔2024〕12号', '（一）形成建设清单'],
        ['/zh-hant', '津政辦發〔2024〕12號', '（一）形成建設清單'],
      ] as const) {
        await page.goto(`${server.origin}${prefix}/citations-district-implements/measures/1/`);
        await page.locator('main a.cite-link', { hasText: number }).click();
        expect(await page.locator('h1').innerText()).toMatch(/社区嵌入式|社區嵌入式/u);
        expect(new URL(page.url()).pathname).toBe(`${prefix}/citations-municipal-measures/`);
        await page.locator('.refs a', { hasText: /每处引用的位置|每處引用的位置/u }).click();
        await page.locator('#refs-cited-by + ul .refs-where a', { hasText: back }).click();
        const url = new URL(page.url());
        expect(url.pathname).toBe(`${prefix}/citations-district-implements/measures/1/`);
        expect(await page.locator(`[id="${url.hash.slice(1)}"] a.cite-link`).innerText()).toBe(number);
      }
    } finally {
      await browser.dispose();
    }
  }, 120_000);

  it('searches across the archive with its filters in the URL, each result labelled with its notice, in both scripts', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const results = async (path: string) => {
        await page.goto(`${server.origin}${path}`);
        await page.waitForSelector('#search-results[data-search-done]:not([aria-busy])', { state: 'attached' });
        const hrefs = await page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        return { notices: [...new Set(hrefs.map((h) => h.replace(/^\/zh-hant/, '').split('/')[1]))].sort(), where: await page.locator('#search-results .search-where').allInnerTexts() };
      };
      const query = encodeURIComponent('建设清单');
      const all = await results(`/search/?q=${query}`);
      expect(all.notices).toEqual(['citations-district-implements', 'citations-municipal-measures']);
      const one = await results(`/search/?q=${query}&notice=citations-district-implements`);
      expect(one.notices).toEqual(['citations-district-implements']);
      expect(one.where.every((w) => w.startsWith('天津市河西区人民政府办公室关于印发河西区社区嵌入式服务设施建设实施方案的通知'))).toBe(true);
      expect(await page.locator('#search-notice').inputValue()).toBe('citations-district-implements');
      expect((await results(`/search/?q=${query}&gov=tianjin-hexi`)).notices).toEqual(['citations-district-implements']);
      expect((await results(`/search/?q=${query}&gov=tianjin&year=2024`)).notices).toEqual(['citations-district-implements', 'citations-municipal-measures']);
      expect((await results(`/search/?q=${query}&year=2023`)).notices).toEqual([]);
      const hant = await results(`/zh-hant/search/?q=${query}&notice=citations-municipal-measures`);
      expect(hant.notices).toEqual(['citations-municipal-measures']);
      expect(hant.where[0]).toMatch(/^天津市人民政府辦公廳關於印發/u);
    } finally {
      await browser.dispose();
    }
  }, 120_000);

  it('a Traditional source reads as published on zh-Hant pages and converted on zh-Hans pages', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/zh-hant/traditional-shaanxi/`);
      expect(await page.locator('h1').innerText()).toContain('陝西省');
      await page.goto(`${server.origin}/traditional-shaanxi/`);
      expect(await page.locator('h1').innerText()).toContain('陕西省');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    } finally {
      await browser.dispose();
    }
  }, 120_000);

  it('a notice without metadata shows the facts derived from the document, saying where they come from', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/meta-none/`);
      expect(await page.locator('.meta-table .meta-derived').count()).toBeGreaterThan(0);
      expect(await page.locator('.meta-table').innerText()).toContain('据落款');
    } finally {
      await browser.dispose();
    }
  }, 120_000);
});
