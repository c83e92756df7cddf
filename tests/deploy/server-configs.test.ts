/**
 * The example server configurations (scripts/deploy/) say what the built site needs: the
 * same Content-Security-Policy as the pages (plus frame-ancestors), the other security
 * headers, types for WebAssembly and Pagefind's files, a long cache only for content-hashed
 * files, compression, and 404 pages that exist in the build.
 * (Checked by reading the files: CI has neither nginx nor Apache.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE as BUILT_BASE, DIST, requireDist } from '../support/dist.ts';
import { ROOT } from '../support/run-build.ts';
import { Site, siteFiles } from '../support/site-checks.ts';
import { select } from 'hast-util-select';

const NGINX = readFileSync(join(ROOT, 'scripts/deploy/nginx.conf'), 'utf8');
const APACHE = readFileSync(join(ROOT, 'scripts/deploy/apache.htaccess'), 'utf8');
const BASE = '/zwgk/jzplan/';
const LONG = 'public, max-age=31536000, immutable';

/** Lines that are not comments. */
const code = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n');

/** The values of every match of `pattern`'s first group in the non-comment lines. */
const all = (text: string, pattern: RegExp) => [...code(text).matchAll(pattern)].map((m) => m[1]!);

/** A policy as a map of directive -> sources, for comparing policies written in any order. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources.join(' ')]),
  );
}

const nginxCsp = all(NGINX, /add_header\s+Content-Security-Policy\s+"([^"]+)"/g);
const apacheCsp = all(APACHE, /Header\s+always\s+set\s+Content-Security-Policy\s+"([^"]+)"/g);

describe('security headers', () => {
  beforeAll(requireDist);

  it('are set in exactly one place in each file', () => {
    expect(nginxCsp).toHaveLength(1);
    expect(apacheCsp).toHaveLength(1);
    expect(all(NGINX, /add_header\s+Referrer-Policy\s+"([^"]+)"\s+always/g)).toEqual(['strict-origin-when-cross-origin']);
    expect(all(NGINX, /add_header\s+X-Content-Type-Options\s+"([^"]+)"\s+always/g)).toEqual(['nosniff']);
    expect(all(APACHE, /Header\s+always\s+set\s+Referrer-Policy\s+"([^"]+)"/g)).toEqual(['strict-origin-when-cross-origin']);
    expect(all(APACHE, /Header\s+always\s+set\s+X-Content-Type-Options\s+"([^"]+)"/g)).toEqual(['nosniff']);
    // nginx drops inherited add_header lines in any block that has its own: only one block may have them.
    expect(code(NGINX).match(/add_header/g)).toHaveLength(4);
  });

  it('send the same Content-Security-Policy from nginx and Apache', () => {
    expect(directives(nginxCsp[0]!)).toEqual(directives(apacheCsp[0]!));
  });

  it('send the policy of the issue: self only, Pagefind WebAssembly allowed, no framing', () => {
    const policy = directives(nginxCsp[0]!);
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]+=*')* 'wasm-unsafe-eval'$/);
    expect(policy.get('style-src')).toBe("'self'");
    expect(policy.get('img-src')).toBe("'self' data:");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'self'");
    expect(policy.get('form-action')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
  });

  it('send exactly the policy of the built pages plus frame-ancestors (which a <meta> cannot carry)', () => {
    const site = new Site(DIST, BUILT_BASE);
    const header = directives(nginxCsp[0]!);
    header.delete('frame-ancestors');
    const differing = new Set<string>();
    let withMeta = 0;
    for (const path of site.pages()) {
      const meta = select('meta[http-equiv="Content-Security-Policy" i]', site.page(path));
      if (!meta) continue;
      withMeta++;
      const policy = String(meta.properties.content);
      if (JSON.stringify([...directives(policy)].sort()) !== JSON.stringify([...header].sort())) differing.add(policy);
    }
    // Until the pages carry a policy there is nothing to compare; once they do, every page must.
    if (withMeta) expect(withMeta).toBe(site.pages().length);
    expect([...differing], 'update the Content-Security-Policy line in scripts/deploy/nginx.conf and apache.htaccess').toEqual([]);
  });
});

describe('types, caching, compression and 404 pages', () => {
  beforeAll(requireDist);

  it('serve WebAssembly as application/wasm and Pagefind files as plain bytes', () => {
    expect(NGINX).toMatch(/include\s+\/etc\/nginx\/mime\.types;/);
    const nginxTypes = code(NGINX).match(/types\s*\{([^}]*)\}/)![1]!;
    expect(nginxTypes).toMatch(/application\/octet-stream\s+pf_meta pf_index pf_fragment pf_filter pagefind;/);
    expect(code(APACHE)).toMatch(/AddType application\/wasm \.wasm/);
    expect(code(APACHE)).toMatch(/AddType application\/octet-stream \.pf_meta \.pf_index \.pf_fragment \.pf_filter \.pagefind/);
    // Every Pagefind file extension in the build is covered.
    const extensions = new Set(siteFiles(join(DIST, 'pagefind')).map((f) => f.split('.').pop()!));
    for (const ext of extensions) expect(['js', 'css', 'json', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter', 'pagefind']).toContain(ext);
  });

  it('cache exactly the content-hashed files for a year, and revalidate everything else', () => {
    const nginxMap = code(NGINX).match(/map \$uri \$\w+ \{([^}]*)\}/)![1]!;
    const rules = [...nginxMap.matchAll(/^\s*~(\S+)\s+"([^"]+)";/gm)].map((m) => ({ pattern: new RegExp(m[1]!), value: m[2]! }));
    const fallback = nginxMap.match(/default\s+"([^"]+)";/)![1]!;
    const apacheLong = new RegExp(`(?:${[...code(APACHE).matchAll(/%\{REQUEST_URI\} =~ m#([^#]+)#/g)].map((m) => m[1]).filter((p) => !p!.includes('zh-hant')).join(')|(?:')})`);
    expect(fallback).toBe('no-cache');

    // Pagefind's files end in a hash of their content; fragments are numbered under a hash of the whole index (scripts/lib/search/page-list.ts).
    const hashed = (file: string) => file.startsWith('_astro/') || /^pagefind\/.*_[0-9a-f]{7,}(?:_\d+)?\.pf_(meta|index|fragment|filter)$/.test(file);
    const wrong: string[] = [];
    for (const file of siteFiles(DIST)) {
      const uri = `${BASE}${file}`;
      const nginx = rules.find((r) => r.pattern.test(uri))?.value ?? fallback;
      const expected = hashed(file) ? LONG : 'no-cache';
      if (nginx !== expected) wrong.push(`nginx ${file}: ${nginx}`);
      if (apacheLong.test(uri) !== hashed(file)) wrong.push(`apache ${file}: long cache ${apacheLong.test(uri)}`);
    }
    expect(wrong).toEqual([]);
    expect(siteFiles(DIST).filter(hashed).length).toBeGreaterThan(15);
    expect(code(APACHE)).toContain(`Header always set Cache-Control "${LONG}"`);
  });

  it('compress text with gzip, and with Brotli where available', () => {
    expect(code(NGINX)).toMatch(/gzip on;/);
    expect(code(NGINX)).toMatch(/gzip_types[^;]*text\/css[^;]*application\/javascript[^;]*application\/json/);
    expect(NGINX).toMatch(/# brotli on;/);
    expect(code(APACHE)).toMatch(/AddOutputFilterByType DEFLATE text\/html text\/css/);
    expect(code(APACHE)).toMatch(/AddOutputFilterByType BROTLI_COMPRESS text\/html text\/css/);
  });

  it('answer a missing page with a 404 page that the build has, in the reader’s script', () => {
    const targets = [...all(NGINX, /error_page\s+404\s+(\S+);/g), ...all(APACHE, /ErrorDocument\s+404\s+(\S+)/g)];
    expect(targets).toEqual([`${BASE}404.html`, `${BASE}zh-hant/404/index.html`, `${BASE}404.html`, `${BASE}zh-hant/404/index.html`]);
    const site = new Site(DIST, BASE);
    for (const target of targets) expect(site.fileOf(`/${target.slice(BASE.length)}`), target).not.toBeNull();
    expect(readFileSync(join(DIST, 'zh-hant/404/index.html'), 'utf8')).toContain('lang="zh-Hant"');
  });

  it('serve the site under the same sub-path everywhere', () => {
    const paths = new Set([...code(NGINX).matchAll(/(\/\w+\/\w+\/)(?:404|zh-hant)/g), ...code(APACHE).matchAll(/(\/\w+\/\w+\/)(?:404|zh-hant)/g)].map((m) => m[1]));
    expect([...paths]).toEqual([BASE]);
    expect(code(NGINX)).toContain(`location ${BASE} {`);
  });
});
