/**
 * A minimal, deterministic ustar writer: regular files and folders only, owner 0:0 with no
 * user or group names, one fixed mtime, modes 0644/0755, entries in the order given. That is
 * all a static site needs, and every byte of the archive follows from the entries alone.
 * (The `tar` package could do it too, but would need options to strip owners, modes, times
 * and PAX headers; these few lines are easier to check against POSIX's ustar layout.)
 *
 * tarArchive([{ path: 'a/', type: 'dir' }, { path: 'a/b.txt', type: 'file', data }], 0)
 *   -> 512-byte header + padded data per entry, then two zero blocks
 */
export interface TarEntry {
  /** Relative path with '/' separators; folders end in '/'. */
  path: string;
  type: 'file' | 'dir';
  data?: Uint8Array;
}

const BLOCK = 512;
const encoder = new TextEncoder();

/** Write `value` as a NUL-terminated octal number filling `width` bytes. */
function octal(header: Uint8Array, offset: number, width: number, value: number): void {
  const text = value.toString(8).padStart(width - 1, '0');
  if (text.length > width - 1) throw new Error(`tar: ${value} does not fit in ${width} bytes`);
  header.set(encoder.encode(`${text}\0`), offset);
}

function text(header: Uint8Array, offset: number, width: number, value: string): void {
  const bytes = encoder.encode(value);
  if (bytes.length > width) throw new Error(`tar: "${value}" is longer than ${width} bytes`);
  header.set(bytes, offset);
}

/** Split a path into ustar's prefix (<= 155 bytes) and name (<= 100 bytes) at a '/'. */
export function splitPath(path: string): { prefix: string; name: string } {
  if (encoder.encode(path).length <= 100) return { prefix: '', name: path };
  const body = path.endsWith('/') ? path.slice(0, -1) : path;
  for (let at = body.indexOf('/'); at >= 0; at = body.indexOf('/', at + 1)) {
    const prefix = body.slice(0, at);
    const name = path.slice(at + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(name).length <= 100) return { prefix, name };
  }
  throw new Error(`tar: path too long for ustar: ${path}`);
}

/** The 512-byte ustar header of one entry. */
function ustarHeader(entry: TarEntry, mtime: number): Uint8Array {
  const header = new Uint8Array(BLOCK);
  const { prefix, name } = splitPath(entry.path);
  const size = entry.type === 'file' ? (entry.data?.length ?? 0) : 0;
  text(header, 0, 100, name);
  octal(header, 100, 8, entry.type === 'dir' ? 0o755 : 0o644);
  octal(header, 108, 8, 0); // uid
  octal(header, 116, 8, 0); // gid
  octal(header, 124, 12, size);
  octal(header, 136, 12, mtime);
  header.fill(0x20, 148, 156); // checksum: computed with its own field as spaces
  header[156] = entry.type === 'dir' ? 0x35 /* '5' */ : 0x30 /* '0' */;
  text(header, 257, 6, 'ustar\0');
  text(header, 263, 2, '00');
  // uname (265) and gname (297) stay empty: no owner names. devmajor/devminor stay zero.
  octal(header, 329, 8, 0);
  octal(header, 337, 8, 0);
  text(header, 345, 155, prefix);
  const sum = header.reduce((total, byte) => total + byte, 0);
  header.set(encoder.encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
  return header;
}

/** A whole archive: each entry's header and data padded to 512 bytes, then two zero blocks. */
export function tarArchive(entries: readonly TarEntry[], mtime: number): Buffer {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    if (entry.type === 'dir' && !entry.path.endsWith('/')) throw new Error(`tar: folder path must end in '/': ${entry.path}`);
    parts.push(ustarHeader(entry, mtime));
    const data = entry.type === 'file' ? (entry.data ?? new Uint8Array()) : new Uint8Array();
    if (data.length) {
      parts.push(data);
      const padding = (BLOCK - (data.length % BLOCK)) % BLOCK;
      if (padding) parts.push(new Uint8Array(padding));
    }
  }
  parts.push(new Uint8Array(2 * BLOCK));
  return Buffer.concat(parts);
}
