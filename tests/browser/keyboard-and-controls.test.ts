/**
 * A keyboard-only journey (home -> measure -> switch script -> elder mode -> paragraph
 * permalink) and the read-aloud control, with speech synthesis stubbed (the page logic is real).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { DIST, requireDist } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let server: StaticServer;
beforeAll(async () => {
  requireDist();
  server = await serveStatic(DIST);
});
afterAll(() => server?.close());

/** Press Tab until the focused element satisfies `match`; fails after `limit` presses. */
async function tabTo(page: Page, match: (el: { text: string; label: string | null; tag: string }) => boolean, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement!;
      return { text: (a.textContent ?? '').trim(), label: a.getAttribute('aria-label'), tag: a.tagName };
    });
    if (match(el)) return;
  }
  throw new Error('focus never reached the wanted element');
}

describe('keyboard only', () => {
  it('goes from the home page to a measure, switches script and elder mode, and reaches a paragraph permalink', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      await tabTo(page, (el) => el.text === '（三）大力发展社区便民服务');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/jizhou-2022-16/measures/3/');

      await tabTo(page, (el) => el.text === '繁體');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/zh-hant/jizhou-2022-16/measures/3/');
      expect(await page.locator('h1').textContent()).toBe('（三）大力發展社區便民服務');

      await tabTo(page, (el) => el.text === '長者模式');
      await page.keyboard.press('Space');
      expect(await page.locator('button[data-elder-toggle]').getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize))).toBeGreaterThanOrEqual(24);

      await tabTo(page, (el) => el.label?.startsWith('連結到此段') ?? false);
      await page.keyboard.press('Enter');
      expect(new URL(page.url()).hash).toBe('#m03-p1');

      // The choice persists: another page, and a later visit, open in elder mode.
      await page.goto(`${server.origin}/jizhou-2022-16/departments/`);
      expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true);
      expect(await page.locator('button[data-elder-toggle]').getAttribute('aria-pressed')).toBe('true');
      await page.locator('button[data-elder-toggle]').press('Enter');
      expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(false);
    } finally {
      await browser.dispose();
    }
  });

  it('shows a visible focus indicator on links and buttons', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/jizhou-2022-16/measures/1/`);
      await tabTo(page, (el) => el.tag === 'BUTTON');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
    } finally {
      await browser.dispose();
    }
  });
});

/** A speech synthesis stand-in that records what the page asks it to say. */
function stubSpeech() {
  const spoken: string[] = [];
  let paused = false;
  class Utterance {
    text: string;
    lang = '';
    voice: unknown = null;
    onend: (() => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak: (u: Utterance) => spoken.push(`${u.lang}:${u.text}`),
      cancel: () => undefined,
      pause: () => (paused = true),
      resume: () => (paused = false),
      getVoices: () => [],
    },
  });
  Object.defineProperty(window, '__speech', { value: { spoken, isPaused: () => paused } });
}

describe('read aloud', () => {
  it('reads the page paragraph by paragraph, highlighting the one being read, with pause and stop', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      await browser.addInitScript(stubSpeech);
      const page = await browser.newPage();
      await page.goto(`${server.origin}/zh-hant/jizhou-2022-16/measures/1/`);
      const group = page.getByRole('group', { name: '朗讀' });
      expect(await group.isVisible()).toBe(true);
      const start = group.getByRole('button', { name: '朗讀本頁' });
      await start.click();
      expect(await start.getAttribute('aria-pressed')).toBe('true');
      const spoken = await page.evaluate(() => (window as unknown as { __speech: { spoken: string[] } }).__speech.spoken);
      expect(spoken).toEqual(['zh-TW:（一）強化基本公共服務保障']);
      expect(await page.locator('main h1').getAttribute('class')).toContain('reading');

      const pause = group.getByRole('button', { name: '暫停' });
      await pause.click();
      expect(await pause.getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate(() => (window as unknown as { __speech: { isPaused(): boolean } }).__speech.isPaused())).toBe(true);

      await group.getByRole('button', { name: '停止' }).click();
      expect(await start.getAttribute('aria-pressed')).toBe('false');
      expect(await page.locator('.reading').count()).toBe(0);
      expect(await pause.isVisible()).toBe(false);
    } finally {
      await browser.dispose();
    }
  });

  it('is absent, not broken, where the browser has no speech synthesis', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      // As in a browser built or configured without the Web Speech API (Firefox with
      // media.webspeech.synth.enabled off): the attribute and the interfaces do not exist.
      await browser.addInitScript(() => {
        const w = window as unknown as Record<string, unknown>;
        delete (Window.prototype as unknown as Record<string, unknown>).speechSynthesis;
        delete w.speechSynthesis;
        delete w.SpeechSynthesisUtterance;
        delete w.SpeechSynthesis;
      });
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.origin}/jizhou-2022-16/full-text/`);
      expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
      expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await browser.dispose();
    }
  });
});
