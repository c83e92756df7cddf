/**
 * Checks over any built site folder (dist/ or a sub-path build in a temporary folder), given
 * the base path it was built for. tests/support/dist.ts reads dist/ only; these take the
 * folder and base as arguments so the deploy tier can run them on other builds.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** Every file of a site folder, as paths relative to it ('a/index.html'), sorted by code point. */
export function siteFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)));
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A built site: its folder, the base path it is served under, and its parsed pages. */
export class Site {
  readonly base: string;
  private readonly trees = new Map<string, Root>();

  constructor(
    readonly dir: string,
    base = '/',
  ) {
    this.base = base.replace(/\/?$/, '/');
  }

  /** Every HTML page, as site paths without the base: '/', '/x/measures/1/', '/404.html'. */
  pages(): string[] {
    return siteFiles(this.dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => `/${f}`.replace(/(^|\/)index\.html$/, '$1'));
  }

  /** The file behind a site path (without base), or null when there is none. */
  fileOf(sitePath: string): string | null {
    const clean = decodeURIComponent(sitePath);
    const path = join(this.dir, clean);
    if (!path.startsWith(this.dir)) return null;
    if (existsSync(path) && statSync(path).isDirectory()) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : null;
    return existsSync(path) ? path : null;
  }

  page(sitePath: string): Root {
    let tree = this.trees.get(sitePath);
    if (!tree) {
      const file = this.fileOf(sitePath);
      if (!file) throw new Error(`no page at ${sitePath}`);
      this.trees.set(sitePath, (tree = fromHtml(readFileSync(file, 'utf8'))));
    }
    return tree;
  }

  /** The URL a reader's browser is at for a site path (the origin is a placeholder). */
  url(sitePath: string): URL {
    return new URL(`${this.base}${sitePath.replace(/^\//, '')}`, 'http://site.invalid');
  }

  /** A same-origin URL as a site path without the base, or null when it is outside the base. */
  sitePathOf(url: URL): string | null {
    return url.pathname.startsWith(this.base) ? `/${url.pathname.slice(this.base.length)}` : null;
  }
}

/** Attributes that make the browser load or navigate to a URL. */
const URL_ATTRIBUTES: { selector: string; attribute: string }[] = [
  { selector: 'a[href], area[href]', attribute: 'href' },
  { selector: 'link[href]:not([rel~=canonical]):not([rel~=alternate])', attribute: 'href' },
  { selector: 'script[src], img[src], iframe[src], source[src], audio[src], video[src], track[src], embed[src], input[src]', attribute: 'src' },
  { selector: 'video[poster]', attribute: 'poster' },
  { selector: 'form[action]', attribute: 'action' },
  { selector: 'object[data]', attribute: 'data' },
];

/** Every URL a page references: [attribute value, element description]. */
function references(tree: Root): { value: string; what: string }[] {
  const out: { value: string; what: string }[] = [];
  for (const { selector, attribute } of URL_ATTRIBUTES) {
    for (const el of selectAll(selector, tree)) out.push({ value: String(el.properties[attribute]), what: `<${el.tagName} ${attribute}>` });
  }
  // The search page tells its script where Pagefind lives: the folder must hold pagefind.js.
  for (const el of selectAll('[data-pagefind-base]', tree)) {
    out.push({ value: `${String(el.properties.dataPagefindBase).replace(/\/?$/, '/')}pagefind.js`, what: `<${el.tagName} data-pagefind-base>` });
  }
  for (const el of selectAll('img[srcset], source[srcset]', tree)) {
    for (const candidate of String(el.properties.srcSet ?? '').split(',')) {
      const value = candidate.trim().split(/\s+/)[0];
      if (value) out.push({ value, what: `<${el.tagName} srcset>` });
    }
  }
  for (const el of selectAll('[style]', tree)) {
    for (const value of cssUrls(String(el.properties.style))) out.push({ value, what: `<${el.tagName} style>` });
  }
  for (const el of selectAll('style', tree)) {
    for (const value of cssUrls(toText(el))) out.push({ value, what: '<style>' });
  }
  return out;
}

/** url(...) and @import "..." references of a stylesheet. */
export function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!);
  const imports = [...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((m) => m[2]!);
  return [...urls, ...imports].filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
}

const EXTERNAL = /^(https?:)?\/\//i;
const NOT_FETCHED = /^(mailto:|tel:|javascript:)/i;

/**
 * Every reference on every page and in every stylesheet that does not resolve inside the
 * site: outside the base path, no such file, or a #fragment with no element of that id.
 * External http(s) links (<a href>) are allowed; anything else external is reported, since
 * the site must load nothing from elsewhere. Returns problems and how many were checked.
 */
export function brokenReferences(site: Site): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  const check = (from: string, fromUrl: URL, value: string, what: string, navigates: boolean) => {
    if (NOT_FETCHED.test(value)) return;
    if (EXTERNAL.test(value)) {
      if (!navigates) problems.push(`${from}: ${what} ${value} loads from outside the site`);
      return;
    }
    const url = new URL(value, fromUrl);
    const target = site.sitePathOf(url);
    if (target === null) return void problems.push(`${from}: ${what} ${value} is outside the base path ${site.base}`);
    checked++;
    const file = site.fileOf(target);
    if (!file) return void problems.push(`${from}: ${what} ${value} (no such file)`);
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && file.endsWith('.html') && selectAll(`[id="${id}"]`, site.page(target)).length !== 1) {
      problems.push(`${from}: ${what} ${value} (no element with id ${id})`);
    }
  };
  for (const from of site.pages()) {
    for (const { value, what } of references(site.page(from))) check(from, site.url(from), value, what, what.startsWith('<a ') || what === '<form action>');
  }
  for (const css of siteFiles(site.dir).filter((f) => f.endsWith('.css'))) {
    for (const value of cssUrls(readFileSync(join(site.dir, css), 'utf8'))) check(`/${css}`, site.url(`/${css}`), value, 'url()', false);
  }
  return { problems, checked };
}

/**
 * The canonical and hreflang URLs of every page: absolute, on `origin` + the base path, and
 * naming a page that exists; zh-Hans, zh-Hant and x-default alternates on every page.
 */
export function brokenPermalinks(site: Site, origin: string): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  const prefix = `${origin.replace(/\/$/, '')}${site.base}`;
  for (const from of site.pages()) {
    const tree = site.page(from);
    const canonical = selectAll('link[rel~=canonical]', tree);
    if (canonical.length !== 1) problems.push(`${from}: ${canonical.length} canonical links`);
    const alternates = selectAll('link[rel~=alternate][hreflang]', tree);
    const langs = alternates.map((el) => String(el.properties.hrefLang)).sort();
    if (langs.join(' ') !== 'x-default zh-Hans zh-Hant') problems.push(`${from}: hreflang alternates ${langs.join(' ') || 'missing'}`);
    for (const el of [...canonical, ...alternates]) {
      const value = String(el.properties.href);
      checked++;
      if (!value.startsWith(prefix)) {
        problems.push(`${from}: ${describe(el)} ${value} does not start with ${prefix}`);
        continue;
      }
      if (!site.fileOf(`/${value.slice(prefix.length)}`.split(/[?#]/)[0]!)) problems.push(`${from}: ${describe(el)} ${value} names no built page`);
    }
  }
  return { problems, checked };
}

function describe(el: Element): string {
  return el.properties.hrefLang ? `hreflang=${String(el.properties.hrefLang)}` : 'canonical';
}

/**
 * Images without a text alternative: <img> and <input type=image> without an alt attribute
 * (or with an empty alt while being a link's only content), <area href> without alt, and
 * <svg> that is neither hidden from assistive technology (aria-hidden="true") nor a named
 * image (role="img" with aria-label, aria-labelledby or a <title>).
 */
export function imagesWithoutAlt(tree: Root): string[] {
  const problems: string[] = [];
  const show = (el: Element) => `<${el.tagName}${el.properties.src ? ` src="${String(el.properties.src)}"` : ''}>`;
  for (const el of selectAll('img, input[type=image], area[href]', tree)) {
    if (el.properties.alt === undefined || el.properties.alt === null) problems.push(`${show(el)} has no alt attribute`);
  }
  for (const link of selectAll('a', tree)) {
    const images = selectAll('img, svg', link);
    if (images.length && toText(link, { whitespace: 'normal' }).trim() === '' && !link.properties.ariaLabel) {
      const named = images.some((img) => (img.tagName === 'img' ? String(img.properties.alt ?? '').trim() !== '' : svgName(img) !== ''));
      if (!named) problems.push(`<a href="${String(link.properties.href)}"> has only images and none has a text alternative`);
    }
  }
  for (const svg of selectAll('svg', tree)) {
    if (String(svg.properties.ariaHidden) === 'true') continue;
    const role = String(svg.properties.role ?? '');
    if (role !== 'img') problems.push(`<svg> is neither aria-hidden="true" nor role="img"`);
    else if (svgName(svg) === '') problems.push(`<svg role="img"> has no aria-label, aria-labelledby or <title>`);
  }
  return problems;
}

function svgName(svg: Element): string {
  if (svg.properties.ariaLabel) return String(svg.properties.ariaLabel).trim();
  if (svg.properties.ariaLabelledBy) return String(svg.properties.ariaLabelledBy).trim();
  const title = selectAll('title', svg)[0];
  return title ? toText(title).trim() : '';
}

/** How many images of each kind a page has (to show the alt check had something to check). */
export function countImages(tree: Root): number {
  return selectAll('img, input[type=image], area[href], svg', tree).length;
}

/** html-validate's messages for every page of a site (by .htmlvalidate.json), as `path:line:column rule: message`. */
export async function htmlProblems(site: Site): Promise<{ pages: number; problems: string[] }> {
  const { FileSystemConfigLoader, HtmlValidate } = await import('html-validate');
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  const pages = site.pages();
  for (const path of pages) {
    const report = await validator.validateFile(site.fileOf(path)!);
    for (const result of report.results) for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return { pages: pages.length, problems };
}

/** Ids that occur twice on one page, as `path#id`. */
export function duplicateIds(site: Site): string[] {
  const duplicates: string[] = [];
  for (const path of site.pages()) {
    const seen = new Set<string>();
    for (const el of selectAll('[id]', site.page(path))) {
      const id = String(el.properties.id);
      if (seen.has(id)) duplicates.push(`${path}#${id}`);
      seen.add(id);
    }
  }
  return duplicates;
}
