/** The test and bench server compresses like the example server configs when asked to, and only then. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../support/static-server.ts';

let dir: string;
const html = `<!doctype html><title>t</title><p>${'政策全文'.repeat(200)}</p>`;
const index = Buffer.from([0x1f, 0x8b, ...Array.from({ length: 600 }, (_, i) => i % 256)]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'a.pf_index'), index);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function get(origin: string, path: string, encoding?: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveStatic', () => {
  it('gzips text for browsers that accept it when gzip is on, and sends the same bytes', async () => {
    const server = await serveStatic(dir, '/', { gzip: true });
    try {
      const gz = await get(server.origin, '/', 'gzip, deflate, br');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers.vary).toBe('Accept-Encoding');
      expect(gunzipSync(gz.body).toString('utf8')).toBe(html);
      const plain = await get(server.origin, '/');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString('utf8')).toBe(html);
      // Pagefind's files are gzip already: sent as they are.
      const pf = await get(server.origin, '/a.pf_index', 'gzip');
      expect(pf.headers['content-encoding']).toBeUndefined();
      expect(pf.body.equals(index)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('sends files as they are by default', async () => {
    const server = await serveStatic(dir);
    try {
      const res = await get(server.origin, '/', 'gzip');
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.toString('utf8')).toBe(html);
    } finally {
      await server.close();
    }
  });
});
