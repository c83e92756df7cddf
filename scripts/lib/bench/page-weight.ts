import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'playwright-core';
import { launchBrowser } from '../../../tests/support/browser.ts';

export type Kind = 'html' | 'css' | 'js' | 'other';
export const KINDS: readonly Kind[] = ['html', 'css', 'js', 'other'];

export interface Resource {
  /** Path and query for this site's own files, the full URL for anything else. */
  url: string;
  kind: Kind;
  status: number | null;
  /** Body size as served (the test server does not compress). */
  bytes: number;
  /** Body size after gzip -9: what a compressing server would send, headers excluded. */
  gzipBytes: number;
  failure?: string;
}

export interface PageWeight {
  requests: number;
  gzipBytes: Record<Kind, number>;
  totalGzipBytes: number;
  resources: Resource[];
}

const BY_REQUEST: Partial<Record<string, Kind>> = { document: 'html', stylesheet: 'css', script: 'js' };

/**
 * Put a resource in a bucket by what the browser asked for (a script that 404s with an HTML
 * error page is still a script), then by content type (fetch/XHR of HTML, CSS or JS).
 */
function kindOf(request: Request, contentType: string): Kind {
  const byRequest = BY_REQUEST[request.resourceType()];
  if (byRequest) return byRequest;
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('text/css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  return 'other';
}

/** Drop the test server's origin (its port changes every run) from same-site URLs. */
function shortUrl(url: string, origin: string): string {
  return url.startsWith(origin) ? url.slice(origin.length) : url;
}

export async function measure(response: Response, origin: string): Promise<Resource> {
  const request = response.request();
  const kind = kindOf(request, response.headers()['content-type'] ?? '');
  // Redirects have no body; body() throws for them.
  const body = await response.body().catch(() => Buffer.alloc(0));
  const gzipBytes = body.length ? gzipSync(body, { level: 9 }).length : 0;
  return { url: shortUrl(request.url(), origin), kind, status: response.status(), bytes: body.length, gzipBytes };
}

function noAnswer(request: Request, origin: string): Resource {
  const failure = request.failure()?.errorText ?? 'failed';
  return { url: shortUrl(request.url(), origin), kind: kindOf(request, ''), status: null, bytes: 0, gzipBytes: 0, failure };
}

/**
 * Load one page in a fresh Chromium profile (cold cache) and record every response it
 * triggers until the network is idle.
 */
export async function weighPage(url: string): Promise<PageWeight> {
  const { origin } = new URL(url);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const pending: Promise<Resource>[] = [];
    const answered = new Set<Request>();
    const failed: Request[] = [];
    let requests = 0;
    page.on('request', () => requests++);
    page.on('response', (response) => {
      answered.add(response.request());
      pending.push(measure(response, origin));
    });
    // A request that got an answer and was then aborted (say a 404 script) is listed once.
    page.on('requestfailed', (request) => failed.push(request));
    await page.goto(url, { waitUntil: 'networkidle' });
    const unanswered = failed.filter((request) => !answered.has(request)).map((request) => noAnswer(request, origin));
    const resources = [...(await Promise.all(pending)), ...unanswered];
    const gzipBytes: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
    for (const resource of resources) gzipBytes[resource.kind] += resource.gzipBytes;
    const totalGzipBytes = KINDS.reduce((sum, kind) => sum + gzipBytes[kind], 0);
    return { requests, gzipBytes, totalGzipBytes, resources };
  } finally {
    await browser.dispose();
  }
}
