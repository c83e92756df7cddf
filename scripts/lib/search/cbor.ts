/**
 * The CBOR subset Pagefind writes in its index files (unsigned and negative integers, byte
 * and text strings, arrays, maps with text keys, true, false, null), read and written back.
 * Pagefind encodes each item in its shortest form, so encode(decode(bytes)) gives the same
 * bytes: ./page-list.ts checks that before it rewrites a file.
 */
export type Cbor = number | string | Uint8Array | boolean | null | Cbor[] | { [key: string]: Cbor };

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
        for (let n = length(info); n > 0; n--) {
          const key = item();
          if (typeof key !== 'string') throw new Error(`CBOR: a map key that is not text at byte ${at}`);
          out[key] = item();
        }
        return out;
      }
      case 7:
        if (info === 20 || info === 21) return info === 21;
        if (info === 22) return null;
    }
    throw new Error(`CBOR: unsupported item ${byte} at byte ${at - 1}`);
  };
  const value = item();
  if (at !== buf.length) throw new Error(`CBOR: ${buf.length - at} bytes after the item`);
  return value;
}

/** Each item in its shortest form (RFC 8949 §4.2.1, preferred serialization). */
export function encodeCbor(value: Cbor): Buffer {
  const parts: Buffer[] = [];
  const head = (major: number, n: number) => {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`CBOR: cannot encode ${n}`);
    if (n < 24) parts.push(Buffer.from([(major << 5) | n]));
    else if (n < 2 ** 8) parts.push(Buffer.from([(major << 5) | 24, n]));
    else if (n < 2 ** 16) parts.push(Buffer.from([(major << 5) | 25, n >> 8, n & 255]));
    else if (n < 2 ** 32) {
      const b = Buffer.alloc(5);
      b[0] = (major << 5) | 26;
      b.writeUInt32BE(n, 1);
      parts.push(b);
    } else {
      const b = Buffer.alloc(9);
      b[0] = (major << 5) | 27;
      b.writeBigUInt64BE(BigInt(n), 1);
      parts.push(b);
    }
  };
  const item = (v: Cbor): void => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: cannot encode the non-integer ${v}`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const bytes = Buffer.from(v, 'utf8');
      head(3, bytes.length);
      parts.push(bytes);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      parts.push(Buffer.from(v));
    } else if (typeof v === 'boolean') parts.push(Buffer.from([v ? 0xf5 : 0xf4]));
    else if (v === null) parts.push(Buffer.from([0xf6]));
    else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(item);
    } else {
      const entries = Object.entries(v);
      head(5, entries.length);
      for (const [key, val] of entries) {
        item(key);
        item(val);
      }
    }
  };
  item(value);
  return Buffer.concat(parts);
}
