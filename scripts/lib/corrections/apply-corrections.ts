import { NoticeError } from '../errors.ts';
import type { Correction, Notice, Paragraph, Piece } from '../model.ts';
import { paragraphsInOrder } from '../model-queries.ts';
import type { CorrectionEntry } from './read-corrections.ts';

/**
 * Apply reviewed corrections to a parsed notice, visibly: the published text stays in every
 * `text` field, and each affected segment gains `pieces` in which the correction stands
 * beside the original. An entry whose original text does not occur exactly once at its place
 * fails the build, naming the corrections file and the entry, so a correction can never
 * silently drift onto other words.
 *
 * applyCorrections(notice, [{ id: 'k03', place: 'm02-p4', original: '20212035年', corrected: '2021—2035年', … }], file)
 *   -> m02-p4's text segment gets pieces ['…编制《蓟州区', { correction: 'k03', original: '20212035年', corrected: '2021—2035年' }, '养老服务设施规划》…']
 */
export function applyCorrections(notice: Notice, entries: CorrectionEntry[], file: string): Notice {
  const result: Notice = structuredClone(notice);
  const paragraphs = new Map<string, { paragraph: Paragraph; measure: number | null }>();
  for (const found of paragraphsInOrder(result)) paragraphs.set(found.paragraph.id, found);

  result.corrections = entries.map((entry, index): Correction => {
    const fail = (why: string) => new NoticeError(file, null, `${entry.id}（${entry.place}，“${entry.original}”）：${why}`);
    const correction: Correction = {
      id: entry.id,
      number: index + 1,
      place: entry.place,
      original: entry.original,
      corrected: entry.corrected,
      status: entry.status,
      reason: entry.reason,
      evidence: entry.evidence ?? null,
      measure: null,
    };
    const piece = { correction: entry.id, original: entry.original, corrected: entry.corrected, status: entry.status };
    if (entry.place === 'cover.date') {
      if (!result.cover?.date) throw fail('该通知没有落款日期 (the notice has no signature date)');
      const pieces = replaceOnce(result.cover.datePieces ?? [result.cover.date], entry.original, piece);
      if (typeof pieces === 'number') throw fail(`在落款日期中出现 ${pieces} 次，应恰好 1 次 (must match exactly once)`);
      result.cover.datePieces = pieces;
      return correction;
    }
    const found = paragraphs.get(entry.place);
    if (!found) throw fail('找不到这个位置（段落 id 如 m02-p4、preamble-p1、cover-p1，或 cover.date） (unknown place)');
    correction.measure = found.measure;
    const counts = found.paragraph.segments.map((segment) => countIn(segment.pieces ?? [segment.text], entry.original));
    const total = counts.reduce((a, b) => a + b, 0);
    if (total !== 1) throw fail(`在该段中出现 ${total} 次，应恰好 1 次；原文可能已变，请复核此条 (must match exactly once)`);
    const segment = found.paragraph.segments[counts.indexOf(1)]!;
    segment.pieces = replaceOnce(segment.pieces ?? [segment.text], entry.original, piece) as Piece[];
    return correction;
  });
  return result;
}

/** Occurrences of `needle` in the plain-string pieces (already corrected spots are not searched). */
function countIn(pieces: Piece[], needle: string): number {
  return pieces.reduce((sum, p) => sum + (typeof p === 'string' ? p.split(needle).length - 1 : 0), 0);
}

/** Replace the single occurrence of `needle` with `piece`, or return the number of occurrences when it is not one. */
function replaceOnce(pieces: Piece[], needle: string, piece: Piece): Piece[] | number {
  const count = countIn(pieces, needle);
  if (count !== 1) return count;
  return pieces.flatMap((p) => {
    if (typeof p !== 'string' || !p.includes(needle)) return [p];
    const at = p.indexOf(needle);
    return [p.slice(0, at), piece, p.slice(at + needle.length)].filter((x) => x !== '');
  });
}
