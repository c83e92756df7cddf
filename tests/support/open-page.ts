import type { BrowserContext, Page } from 'playwright-core';

/**
 * Open `origin + path` in a new page of `context`, recording every script error and console
 * error into `errors` (prefixed with the path), so a test can assert the pages ran cleanly.
 */
export async function openRecordingErrors(context: BrowserContext, origin: string, path: string, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${path}: ${m.text()}`));
  await page.goto(`${origin}${path}`);
  return page;
}
