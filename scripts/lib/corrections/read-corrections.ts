import { existsSync, readFileSync } from 'node:fs';
import { NoticeError } from '../errors.ts';
import type { CorrectionStatus } from '../model.ts';

/** One entry of a corrections file, as a person wrote it. */
export interface CorrectionEntry {
  id: string;
  place: string;
  original: string;
  corrected: string;
  status: CorrectionStatus;
  reason: string;
  evidence?: string | null;
}

/** The corrections file beside a notice: `<notice>.corrections.json`. */
export function correctionsPath(noticePath: string): string {
  return noticePath.replace(/\.txt$/i, '.corrections.json');
}

/**
 * Read and check the corrections file beside a notice, or [] when there is none. Every
 * entry needs an id, a place, the exact original text, the corrected text, a status and a
 * reason; a malformed file fails the build with its name.
 */
export function readCorrections(noticePath: string): CorrectionEntry[] {
  const path = correctionsPath(noticePath);
  if (!existsSync(path)) return [];
  let parsed: { corrections?: unknown };
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new NoticeError(path, null, `更正文件不是有效的 JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed.corrections)) throw new NoticeError(path, null, '更正文件缺少 "corrections" 数组');
  const ids = new Set<string>();
  return parsed.corrections.map((raw, index) => {
    const entry = raw as Partial<CorrectionEntry>;
    const where = `第 ${index + 1} 条${entry.id ? ` (${entry.id})` : ''}`;
    for (const field of ['id', 'place', 'original', 'corrected', 'reason'] as const) {
      if (typeof entry[field] !== 'string' || entry[field] === '') throw new NoticeError(path, null, `${where}缺少 "${field}" (missing field)`);
    }
    if (entry.status !== 'corrected' && entry.status !== 'uncertain') throw new NoticeError(path, null, `${where}的 "status" 须为 corrected 或 uncertain`);
    if (entry.status === 'uncertain' && entry.corrected !== entry.original) throw new NoticeError(path, null, `${where}：存疑条目不改动原文，"corrected" 须与 "original" 相同`);
    if (entry.status === 'corrected' && entry.corrected === entry.original) throw new NoticeError(path, null, `${where}：更正后的文字与原文相同`);
    if (ids.has(entry.id!)) throw new NoticeError(path, null, `${where}：id 重复`);
    ids.add(entry.id!);
    return entry as CorrectionEntry;
  });
}
