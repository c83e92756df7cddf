/**
 * The built site in a real Chromium, as a reader uses it: navigate from the home page to a
 * measure, reach a paragraph permalink by keyboard, search, hit a missing page, read with
 * JavaScript off. (Accessibility in depth, elder mode and both scripts have their own tiers.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { openRecordingErrors } from '../support/open-page.ts';
import { DIST, requireDist } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const SLUG = 'jizhou-2022-16';
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const errors: string[] = [];

async function open(path: string): Promise<Page> {
  return openRecordingErrors(browser, server.origin, path, errors);
}

beforeAll(async () => {
  requireDist();
  server = await serveStatic(DIST);
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.dispose();
  await server?.close();
});

describe('reading the notice in Chromium', () => {
  it('goes from the home page table of contents to a measure and its neighbours', async () => {
    const page = await open('/');
    expect(await page.locator('h1').textContent()).toBe('天津市蓟州区人民政府办公室印发蓟州区生活性服务业发展行动方案的通知');
    const toc = page.locator('nav.toc a');
    expect(await toc.count()).toBe(29);
    await page.getByRole('link', { name: '（二十九）加大宣传引导力度' }).click();
    await page.waitForURL(`**/${SLUG}/measures/29/`);
    expect(await page.locator('h1').textContent()).toBe('（二十九）加大宣传引导力度');
    await page.getByRole('link', { name: /^上一项/ }).click();
    expect(await page.locator('h1').textContent()).toBe('（二十八）加强统计监测评价');
    await page.close();
  });

  it('the skip link comes first and a paragraph permalink is reachable by keyboard', async () => {
    const page = await open(`/${SLUG}/measures/2/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    let label = '';
    for (let i = 0; i < 40 && !label.startsWith('链接到此段'); i++) {
      await page.keyboard.press('Tab');
      label = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
    }
    expect(label).toBe('链接到此段：第2项措施第1段');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#m02-p1');
    await page.close();
  });

  it('finds a measure by a phrase of its text', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('养老床位')}`);
    await page.locator('#search-results li').first().waitFor();
    const titles = await page.locator('#search-results h2').allTextContents();
    expect(titles).toContain('（一）强化基本公共服务保障');
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ 条结果$/);
    await page.close();
  });

  it('a missing page gets the 404 page with a way home', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.origin}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('找不到该页面');
    expect(await page.getByRole('link', { name: '返回首页' }).count()).toBe(1);
    await page.close();
  });

  it('raises no script errors on the pages it visited', () => {
    expect(errors).toEqual([]);
  });
});

describe('switching script', () => {
  it('keeps the reader at the same paragraph', async () => {
    const page = await open(`/${SLUG}/measures/2/#m02-p3`);
    await page.getByRole('link', { name: '繁體' }).click();
    await page.waitForURL(`**/zh-hant/${SLUG}/measures/2/#m02-p3`);
    expect(await page.locator('#m02-p3 h2').textContent()).toBe('普惠性托育服務');
    await page.close();
  });
});

describe('with JavaScript off', () => {
  it('pages still read and navigate; the search page says it needs JavaScript', async () => {
    const context = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${SLUG}/full-text/`);
      // The preamble and the 39 paragraphs of the 29 measures.
      expect(await page.locator('.para').count()).toBe(40);
      await page.getByRole('link', { name: '（十二）加快线上线下融合发展' }).click();
      expect(await page.locator('h1').textContent()).toBe('（十二）加快线上线下融合发展');
      await page.goto(`${server.origin}/search/`);
      expect(await page.locator('main').textContent()).toContain('搜索需要启用 JavaScript');
      // The script switch is a plain link: it works without JavaScript.
      await page.goto(`${server.origin}/${SLUG}/measures/5/`);
      await page.getByRole('link', { name: '繁體' }).click();
      expect(new URL(page.url()).pathname).toBe(`/zh-hant/${SLUG}/measures/5/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
      expect(await page.locator('h1').textContent()).toBe('（五）完善老年人、兒童和殘疾人服務設施');
      await page.getByRole('link', { name: '简体' }).click();
      expect(new URL(page.url()).pathname).toBe(`/${SLUG}/measures/5/`);
    } finally {
      await context.dispose();
    }
  });
});
