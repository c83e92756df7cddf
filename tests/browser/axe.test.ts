/**
 * WCAG 2.2 AA on every built page, in both scripts and both modes, by axe-core in Chromium.
 * In elder mode the enhanced (AAA, 7:1) contrast rule runs too.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useElderMode } from '../support/a11y.ts';
import { launchBrowser } from '../support/browser.ts';
import { DIST, htmlPages, requireDist } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let server: StaticServer;

beforeAll(async () => {
  requireDist();
  server = await serveStatic(DIST);
});
afterAll(() => server?.close());

// One test per mode and script, each with its own time budget: a loaded machine slows the browser down.
describe.each([
  { mode: 'normal', elder: false, script: 'zh-Hans' },
  { mode: 'normal', elder: false, script: 'zh-Hant' },
  { mode: 'elder', elder: true, script: 'zh-Hans' },
  { mode: 'elder', elder: true, script: 'zh-Hant' },
])('axe-core, $mode mode, $script pages', ({ elder, script }) => {
  it('finds zero violations on every page', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      if (elder) await useElderMode(browser);
      const page = await browser.newPage();
      const violations: string[] = [];
      const all = htmlPages();
      expect(all.length).toBeGreaterThan(140);
      const pages = all.filter((path) => path.startsWith('/zh-hant/') === (script === 'zh-Hant'));
      expect(pages.length).toBeGreaterThan(70);
      for (const path of pages) {
        await page.goto(`${server.origin}${path}`);
        expect(await page.evaluate(() => document.documentElement.classList.contains('elder')), path).toBe(elder);
        const builder = new AxeBuilder({ page }).withTags(TAGS);
        if (elder) builder.options({ rules: { 'color-contrast-enhanced': { enabled: true } } });
        const result = await builder.analyze();
        for (const v of result.violations) violations.push(`${path} [${v.id}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.dispose();
    }
  }, 600_000);
});
