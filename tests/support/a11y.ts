import type { BrowserContext, Page } from 'playwright-core';
import { ELDER_STORAGE_KEY } from '../../src/lib/elder-mode.ts';

/** Put a browser context in elder mode, as a reader who switched it on earlier would be. */
export async function useElderMode(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => localStorage.setItem(key, '1'), ELDER_STORAGE_KEY);
}

/** Every visible link, button and form control with its size, for target-size checks. */
export async function targetSizes(page: Page): Promise<{ what: string; width: number; height: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href], button, input, select, textarea')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0 && box.top > -1000 && box.left > -1000;
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        return { what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}"`, width: box.width, height: box.height };
      }),
  );
}

/** How far the page scrolls sideways (0 when it reflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
