/**
 * Reading where Pagefind cut its word index (scripts/lib/search/index-chunks.ts): the CBOR it
 * writes, and the chunk list of a page list built the way Pagefind stores it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { chunkStarts, decodeCbor } from '../../scripts/lib/search/index-chunks.ts';

/** A minimal CBOR encoder for the test's values (unsigned integers, text, arrays). */
function encode(value: number | string | unknown[]): Buffer {
  const head = (major: number, n: number) => (n < 24 ? Buffer.from([(major << 5) | n]) : n < 256 ? Buffer.from([(major << 5) | 24, n]) : Buffer.from([(major << 5) | 25, n >> 8, n & 255]));
  if (typeof value === 'number') return head(0, value);
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  return Buffer.concat([head(4, value.length), ...value.map((v) => encode(v as number | string | unknown[]))]);
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('index chunks', () => {
  it('decodes the CBOR Pagefind writes: integers, text, arrays, maps, simple values', () => {
    expect(decodeCbor(encode([1, 300, '餐网', ['a', 23]]))).toEqual([1, 300, '餐网', ['a', 23]]);
    expect(decodeCbor(Buffer.from([0xa1, 0x61, 0x6b, 0x20]))).toEqual({ k: -1 });
    expect(decodeCbor(Buffer.from([0xf5]))).toBe(true);
    expect(decodeCbor(Buffer.from([0xf6]))).toBeNull();
  });

  it("lists the first word of every chunk but the first from a language's page list", () => {
    const site = mkdtempSync(join(tmpdir(), 'chunks-'));
    dirs.push(site);
    mkdirSync(join(site, 'pagefind'));
    const meta = encode(['1.6.0', [], [['区', '餐宣', 'h1'], ['餐工', '龙区', 'h2'], ['龙头', '齐', 'h3']], []]);
    writeFileSync(join(site, 'pagefind', 'pagefind.zh-hans_abc.pf_meta'), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), meta])));
    expect(chunkStarts(site, 'zh-Hans')).toEqual(['餐工', '龙头']);
    expect(chunkStarts(site, 'zh-Hant')).toEqual([]);
    writeFileSync(join(site, 'pagefind', 'pagefind.zh-hans_abc.pf_meta'), gzipSync(Buffer.from('not a page list')));
    expect(() => chunkStarts(site, 'zh-Hans')).toThrow(/pagefind_dcd/);
  });
});
