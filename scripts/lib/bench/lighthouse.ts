import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseScores {
  /** 0…100 per category (null when Lighthouse could not score it). */
  scores: Record<Category, number | null>;
  /** Weighted audits scoring below 1: what loses points, as `category: audit-id (score) value`. */
  losing: string[];
  /** Lighthouse's own version and settings, for the record. */
  version: string;
  formFactor: string;
}

/** The same flags as the tests' Chromium: headless, and no background traffic to Google. */
const CHROME_FLAGS = [
  '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
  // Chromium still looks up accounts.google.com and clients2.google.com: resolve no name but the local server's.
  '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"',
].join(' ');

interface LhrAudit {
  score: number | null;
  displayValue?: string;
  scoreDisplayMode?: string;
}
interface Lhr {
  lighthouseVersion: string;
  configSettings: { formFactor: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LhrAudit>;
  runtimeError?: { message: string };
}

/**
 * Run the Lighthouse CLI (the project's devDependency) on one URL with Debian's Chromium
 * (CHROME_PATH, default /usr/bin/chromium) and the default mobile settings, and return the
 * four category scores and the audits that cost points. Lighthouse runs locally: it talks
 * only to that Chromium and the URL given (a local server); error reporting stays off.
 */
export async function runLighthouse(url: string, root: string): Promise<LighthouseScores> {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const report = join(dir, 'report.json');
  try {
    const args = [
      join(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      '--no-enable-error-reporting',
      '--disable-full-page-screenshot',
    ];
    const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' };
    const { code, log } = await run(process.execPath, args, env);
    if (code !== 0) throw new Error(`lighthouse exited ${code}:\n${log.slice(-2000)}`);
    const lhr = JSON.parse(readFileSync(report, 'utf8')) as Lhr;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]),
    ) as Record<Category, number | null>;
    const losing: string[] = [];
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          losing.push(`${category}: ${ref.id} (${audit.score})${audit.displayValue ? ` ${audit.displayValue}` : ''}`);
        }
      }
    }
    return { scores, losing, version: lhr.lighthouseVersion, formFactor: lhr.configSettings.formFactor };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log }));
  });
}
