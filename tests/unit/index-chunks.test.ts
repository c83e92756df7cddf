/**
 * Reading where Pagefind cut its word index (scripts/lib/search/index-chunks.ts): the CBOR it
 * writes, and the chunk list of a page list built the way Pagefind stores it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor as encode } from '../../scripts/lib/search/cbor.ts';
import { chunkStarts } from '../../scripts/lib/search/index-chunks.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('index chunks', () => {
  it('reads and writes the CBOR Pagefind writes: integers, text, bytes, arrays, maps, simple values', () => {
    // Bytes as RFC 8949 Appendix A gives them.
    expect(decodeCbor(Buffer.from('83011903e863e9a490', 'hex'))).toEqual([1, 1000, '餐']);
    expect(encode([1, 1000, '餐'])).toEqual(Buffer.from('83011903e863e9a490', 'hex'));
    expect(encode([23, 24, 255, 256, 65535, 65536, 2 ** 32])).toEqual(Buffer.from('87171818' + '18ff' + '190100' + '19ffff' + '1a00010000' + '1b0000000100000000', 'hex'));
    expect(decodeCbor(Buffer.from([0xa1, 0x61, 0x6b, 0x20]))).toEqual({ k: -1 });
    expect(encode({ k: -1 })).toEqual(Buffer.from([0xa1, 0x61, 0x6b, 0x20]));
    expect(decodeCbor(Buffer.from([0xf5]))).toBe(true);
    expect(decodeCbor(Buffer.from([0xf6]))).toBeNull();
    const value = ['1.6.0', [['zh-hans_3f9a1c2', 512, '']], Buffer.from([0, 255]), false, null, { a: [-500] }];
    expect(decodeCbor(encode(value))).toEqual(value);
    expect(() => decodeCbor(Buffer.from([0x01, 0x02]))).toThrow(/1 bytes after/);
    expect(() => encode(1.5)).toThrow(/non-integer/);
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
