/**
 * The targets table's small script in Chromium: sort by deadline (aria-sort, undated last),
 * back to plan order, filter by department with the count announced; and with JavaScript off,
 * the whole table in plan order with no controls.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { DIST, requireDist } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const PATH = '/jizhou-2022-16/targets/';
let server: StaticServer;

beforeAll(async () => {
  requireDist();
  server = await serveStatic(DIST);
});
afterAll(() => server?.close());

/** The visible rows: id and data-deadline, in order. */
const visibleRows = (page: Page) =>
  page.$$eval('table[data-targets-table] tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => [r.id, (r as HTMLElement).dataset.deadline ?? '']));
const sortState = (page: Page) => page.$$eval('table[data-targets-table] th[data-sort]', (ths) => ths.map((th) => [(th as HTMLElement).dataset.sort, th.getAttribute('aria-sort')]));
const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `t${String(i + from).padStart(2, '0')}`);

describe('the targets table with JavaScript', () => {
  it('sorts by deadline both ways (undated last), back to plan order, and says so with aria-sort', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    try {
      const page = await browser.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.origin}${PATH}`);
      expect(await page.isVisible('[data-targets-controls]')).toBe(true);
      expect(await sortState(page)).toEqual([['order', 'ascending'], ['deadline', null]]);

      const deadline = page.locator('th[data-sort="deadline"] button');
      await deadline.click();
      expect(await sortState(page)).toEqual([['order', null], ['deadline', 'ascending']]);
      let rows = await visibleRows(page);
      const years = rows.map(([, y]) => y);
      expect(years).toEqual([...years.filter(Boolean).sort(), ...years.filter((y) => !y)]);
      expect(years.slice(0, 4)).toEqual(['2022', '2022', '2022', '2022']);
      expect(rows.slice(0, 4).map(([id]) => id)).toEqual(['t01', 't07', 't08', 't17']); // ties keep plan order

      // By keyboard: focus the button and press Space.
      await deadline.focus();
      await page.keyboard.press('Space');
      expect(await sortState(page)).toEqual([['order', null], ['deadline', 'descending']]);
      rows = await visibleRows(page);
      expect(rows.slice(0, 3).map(([, y]) => y)).toEqual(['2025', '2025', '2025']);
      expect(rows.at(-1)![1]).toBe('');

      await page.locator('th[data-sort="order"] button').click();
      expect(await sortState(page)).toEqual([['order', 'ascending'], ['deadline', null]]);
      expect((await visibleRows(page)).map(([id]) => id)).toEqual(ids(17));
      expect(errors).toEqual([]);
    } finally {
      await browser.dispose();
    }
  });

  it('filters by department and announces how many targets are shown', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}${PATH}`);
      await page.getByLabel('按责任单位筛选').selectOption('zonggonghui');
      expect((await visibleRows(page)).map(([id]) => id)).toEqual(['t17']);
      expect(await page.textContent('[data-targets-status]')).toBe('显示 1 项，共 17 项。');

      await page.selectOption('#targets-department', 'minzheng');
      const minzheng = (await visibleRows(page)).map(([id]) => id);
      expect(minzheng).toEqual(['t03', 't04', 't05', 't07', 't08', 't09', 't10', 't11', 't12', 't13', 't14', 't15']);
      // Sorting keeps the filter.
      await page.locator('th[data-sort="deadline"] button').click();
      expect((await visibleRows(page)).length).toBe(minzheng.length);

      await page.selectOption('#targets-department', '');
      expect(await visibleRows(page)).toHaveLength(17);
      expect(await page.textContent('[data-targets-status]')).toBe('显示 17 项，共 17 项。');
    } finally {
      await browser.dispose();
    }
  });

  it('speaks Traditional Chinese on the zh-Hant page', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/zh-hant${PATH}`);
      await page.getByLabel('按責任單位篩選').selectOption('canlian');
      expect(await page.textContent('[data-targets-status]')).toMatch(/^顯示 \d+ 項，共 17 項。$/);
    } finally {
      await browser.dispose();
    }
  });
});

describe('the targets table without JavaScript', () => {
  it('shows all 17 targets in plan order and no controls', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}${PATH}`);
      expect((await visibleRows(page)).map(([id]) => id)).toEqual(ids(17));
      expect(await page.isVisible('[data-targets-controls]')).toBe(false);
      expect(await page.locator('table[data-targets-table] button').count()).toBe(0);
      expect(await page.locator('th[aria-sort]').count()).toBe(0);
    } finally {
      await browser.dispose();
    }
  });
});
