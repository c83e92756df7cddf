/**
 * Where Pagefind's word index is cut into chunks, read from its page list (`.pf_meta`: gzip,
 * the `pagefind_dcd` signature, then CBOR). Pagefind loads, for a query word, only the chunk
 * whose range holds that word, and finds the words it starts (its prefix matches) among the
 * chunks loaded. The words starting with a query piece can run on into the next chunks, which
 * then begin with that piece: the search loads those too (SearchData.chunkStarts, pieces.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

type Cbor = number | string | Uint8Array | boolean | null | Cbor[] | { [key: string]: Cbor };

/** Decode the CBOR subset Pagefind writes (unsigned and negative integers, byte and text strings, arrays, maps, simple values). */
export function decodeCbor(buf: Buffer): Cbor {
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (!size) throw new Error(`CBOR: unsupported length ${info} at byte ${at}`);
    const value = size === 8 ? Number(buf.readBigUInt64BE(at)) : buf.readUIntBE(at, size);
    at += size;
    return value;
  };
  const item = (): Cbor => {
    const byte = buf[at++]!;
    const [major, info] = [byte >> 5, byte & 31];
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2:
      case 3: {
        const n = length(info);
        const bytes = buf.subarray(at, (at += n));
        return major === 3 ? bytes.toString('utf8') : bytes;
      }
      case 4:
        return Array.from({ length: length(info) }, item);
      case 5: {
        const out: Record<string, Cbor> = {};
        for (let n = length(info); n > 0; n--) out[String(item())] = item();
        return out;
      }
      case 7:
        if (info === 20 || info === 21) return info === 21;
        if (info === 22) return null;
    }
    throw new Error(`CBOR: unsupported item ${byte} at byte ${at - 1}`);
  };
  return item();
}

/** The first word of every index chunk but the first, of one language's index (`zh-hans`), as Pagefind sorted them. */
export function chunkStarts(siteDir: string, language: string): string[] {
  const dir = join(siteDir, 'pagefind');
  const file = readdirSync(dir).find((name) => name.startsWith(`pagefind.${language.toLowerCase()}_`) && name.endsWith('.pf_meta'));
  if (!file) return [];
  const raw = gunzipSync(readFileSync(join(dir, file)));
  const signature = raw.indexOf('pagefind_dcd');
  if (signature !== 0) throw new Error(`${join(dir, file)}: not a Pagefind page list (no pagefind_dcd signature)`);
  const meta = decodeCbor(raw.subarray(signature + 'pagefind_dcd'.length));
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && typeof c[0] === 'string')) throw new Error(`${join(dir, file)}: no index chunk list where Pagefind 1.6 keeps it`);
  return chunks.slice(1).map((c) => (c as string[])[0]!);
}
