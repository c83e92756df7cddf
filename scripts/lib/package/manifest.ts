import { createHash } from 'node:crypto';

/** SHA-256 of some bytes, as lowercase hex. */
export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A manifest in `sha256sum`'s format, one line per file in the order given, so that
 * `sha256sum -c SHA256SUMS` checks them all:
 *
 *   sha256sums([{ path: 'index.html', data }]) -> 'e3b0…b855  index.html\n'
 *
 * Paths with a newline or a backslash would need sha256sum's escaping; a built site has none,
 * so they are refused rather than escaped.
 */
export function sha256sums(files: readonly { path: string; data: Uint8Array }[]): string {
  return files
    .map(({ path, data }) => {
      if (/[\n\r\\]/.test(path)) throw new Error(`SHA256SUMS: cannot list a path with a newline or backslash: ${JSON.stringify(path)}`);
      return `${sha256(data)}  ${path}\n`;
    })
    .join('');
}
