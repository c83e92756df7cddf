/**
 * What readers see in Chromium: elder-mode sizes, target sizes, reflow at 320 px, the WCAG
 * 1.4.12 text-spacing override, forced colours and reduced motion, on one page of each type
 * in both scripts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, targetSizes, useElderMode } from '../support/a11y.ts';
import { launchBrowser } from '../support/browser.ts';
import { DIST, requireDist } from '../support/dist.ts';
import { pageTypes } from '../support/site-pages.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let server: StaticServer;
beforeAll(async () => {
  requireDist();
  server = await serveStatic(DIST);
});
afterAll(() => server?.close());

/** Run `check` on every page type in a fresh context; returns the failures it collected. */
async function onEveryPageType(options: { width: number; elder?: boolean; setup?: (page: Page) => Promise<void> }, check: (page: Page, path: string) => Promise<string[]>): Promise<string[]> {
  // A reader's own stylesheet is not bound by the page's CSP; bypassCSP lets the test inject one.
  const browser = await launchBrowser({ viewport: { width: options.width, height: 800 }, bypassCSP: Boolean(options.setup) });
  const failures: string[] = [];
  try {
    if (options.elder) await useElderMode(browser);
    const page = await browser.newPage();
    for (const path of pageTypes()) {
      await page.goto(`${server.origin}${path}`);
      await options.setup?.(page);
      failures.push(...(await check(page, path)));
    }
  } finally {
    await browser.dispose();
  }
  return failures;
}

describe('elder mode', () => {
  it('sets body text >= 24 px, h1 >= 30 px, line height >= 1.6, paragraph gap >= 1.3 x line spacing', async () => {
    const failures = await onEveryPageType({ width: 1280, elder: true }, async (page, path) => {
      const m = await page.evaluate(() => {
        const px = (el: Element | null, prop: string) => (el ? parseFloat(getComputedStyle(el).getPropertyValue(prop)) : NaN);
        const p = document.querySelector('main p');
        const para = document.querySelector('main .para');
        return {
          body: px(p, 'font-size'),
          lineHeight: px(p, 'line-height') / px(p, 'font-size'),
          h1: px(document.querySelector('h1'), 'font-size'),
          paraGap: para ? px(para, 'margin-bottom') / px(para, 'line-height') : null,
        };
      });
      const out = [];
      if (!(m.body >= 24)) out.push(`${path}: body text ${m.body}px`);
      if (!(m.h1 >= 30)) out.push(`${path}: h1 ${m.h1}px`);
      if (!(m.lineHeight >= 1.6)) out.push(`${path}: line height ${m.lineHeight}`);
      if (m.paraGap !== null && !(m.paraGap >= 1.3)) out.push(`${path}: paragraph gap ${m.paraGap} x line spacing`);
      return out;
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it('makes every link and button at least 60 x 60 px', async () => {
    const failures = await onEveryPageType({ width: 1280, elder: true }, async (page, path) =>
      (await targetSizes(page)).filter((t) => t.width < 60 || t.height < 60).map((t) => `${path}: ${t.what} ${Math.round(t.width)}x${Math.round(t.height)}`),
    );
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('normal mode', () => {
  it('makes every link and button at least 24 x 24 px (WCAG 2.5.8)', async () => {
    const failures = await onEveryPageType({ width: 1280 }, async (page, path) =>
      (await targetSizes(page)).filter((t) => t.width < 24 || t.height < 24).map((t) => `${path}: ${t.what} ${Math.round(t.width)}x${Math.round(t.height)}`),
    );
    expect(failures).toEqual([]);
  }, 120_000);
});

describe.each([{ elder: false }, { elder: true }])('reflow and spacing (elder: $elder)', ({ elder }) => {
  it('needs no horizontal scrolling at 320 CSS px', async () => {
    const failures = await onEveryPageType({ width: 320, elder }, async (page, path) => {
      const overflow = await horizontalOverflow(page);
      return overflow > 0 ? [`${path}: scrolls ${overflow}px sideways`] : [];
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it('survives the WCAG 1.4.12 text-spacing override without clipping text', async () => {
    const failures = await onEveryPageType(
      {
        width: 1280,
        elder,
        setup: (page) =>
          page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' }).then(() => undefined),
      },
      async (page, path) => {
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((el) => {
              const style = getComputedStyle(el);
              const clips = /hidden|clip/.test(style.overflowX + style.overflowY);
              return clips && !el.classList.contains('visually-hidden') && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
            })
            .map((el) => el.tagName + '.' + el.className),
        );
        const overflow = await horizontalOverflow(page);
        return [...clipped.map((c) => `${path}: ${c} clips its text`), ...(overflow > 0 ? [`${path}: scrolls ${overflow}px sideways`] : [])];
      },
    );
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('forced colours and motion', () => {
  it('keeps a visible focus outline and a non-colour current-page cue in forced-colors mode', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await browser.newPage();
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(`${server.origin}/jizhou-2022-16/full-text/`);
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(focus.style).not.toBe('none');
      expect(focus.width).toBeGreaterThanOrEqual(2);
      const current = await page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('.main-nav a[aria-current="page"]')!);
        return { weight: Number(style.fontWeight), decoration: style.textDecorationLine };
      });
      expect(current.weight >= 700 || current.decoration.includes('underline')).toBe(true);
    } finally {
      await browser.dispose();
    }
  });

  it('animates nothing when the reader asks for reduced motion', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await browser.newPage();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${server.origin}/jizhou-2022-16/measures/2/#m02-p3`);
      const motion = await page.evaluate(() => ({
        animations: document.getAnimations().length,
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        transitions: [...document.querySelectorAll('*')].filter((el) => parseFloat(getComputedStyle(el).transitionDuration) > 0).length,
      }));
      expect(motion).toEqual({ animations: 0, scroll: 'auto', transitions: 0 });
    } finally {
      await browser.dispose();
    }
  });
});

describe('Chinese typography', () => {
  it.each([
    ['/jizhou-2022-16/measures/2/', /^Noto Sans CJK SC$/],
    ['/zh-hant/jizhou-2022-16/measures/2/', /^Noto Sans CJK TC$/],
  ])('%s sets its text, quotation marks included, in a Chinese font of its script', async (path, font) => {
    const browser = await launchBrowser({ viewport: { width: 390, height: 800 } });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}${path}`);
      // A paragraph with quotation marks, which Latin fonts also have (narrow there).
      const quoted = await page.evaluate(() => {
        const para = [...document.querySelectorAll('main .para')].find((p) => /[“”「」]/.test(p.textContent ?? ''));
        para?.setAttribute('data-quoted', '');
        return para?.textContent?.match(/[“「][^”」]*[”」]/)?.[0] ?? null;
      });
      expect(quoted, 'a quotation on the page').not.toBeNull();
      const cdp = await browser.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-quoted]' });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId, selector: '*' });
      const used = new Set<string>();
      for (const id of [nodeId, ...nodeIds]) {
        for (const f of (await cdp.send('CSS.getPlatformFontsForNode', { nodeId: id })).fonts) used.add(f.familyName);
      }
      expect([...used].length).toBeGreaterThan(0);
      for (const family of used) expect(family, `${path}: glyphs of ${quoted} from ${[...used].join(', ')}`).toMatch(font);
    } finally {
      await browser.dispose();
    }
  });
});
