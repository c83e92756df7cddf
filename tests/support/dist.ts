import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** The built site the build-tier tests read (npm test builds it first). */
export const DIST = resolve(process.env.OUT_DIR || 'dist');

/** The base path it was built for (BASE_PATH), ending in '/'. */
export const BASE = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');

/** Fail with a clear message, not a cascade of ENOENTs, when there is no build. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run \`npm run build\` first (npm test does it for you).`);
  }
}

/** Every HTML file of the built site, as site paths like `/jizhou-2022-16/measures/1/`. */
export function htmlPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) out.push(`/${relative(DIST, path)}`.replace(/index\.html$/, ''));
    }
  };
  walk(DIST);
  return out.sort();
}

/** The file behind a site path. */
export function fileOf(sitePath: string): string {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  return join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
}

const cache = new Map<string, Root>();
/** The parsed HTML of a built page. */
export function page(sitePath: string): Root {
  let tree = cache.get(sitePath);
  if (!tree) cache.set(sitePath, (tree = fromHtml(readFileSync(fileOf(sitePath), 'utf8'))));
  return tree;
}

/** The text of the first element matching `selector` on a page ('' when absent). */
export function textOf(sitePath: string, selector = 'main'): string {
  const node = select(selector, page(sitePath));
  return node ? toText(node, { whitespace: 'normal' }) : '';
}

export { select, selectAll };
export type { Element };

/** The text of an element without the descendants matching `drop` (e.g. notes that quote the original). */
export function textWithout(sitePath: string, selector: string, drop: string): string {
  const node = select(selector, page(sitePath));
  if (!node) return '';
  const dropped = new Set(selectAll(drop, node));
  const prune = (el: Element): Element => ({
    ...el,
    children: el.children.filter((c) => !(c.type === 'element' && dropped.has(c))).map((c) => (c.type === 'element' ? prune(c) : c)),
  });
  return toText(prune(node), { whitespace: 'normal' });
}
