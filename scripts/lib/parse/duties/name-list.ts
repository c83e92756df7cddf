import type { DepartmentVocabulary } from '../department-vocabulary.ts';
import { ABSORBED_AFTER_ETC, hasBodyForm, isGenericForm, isLabelledUnit, labelAt, levelPrefix, NAME_SEPARATORS, verbAt, WORD_SEPARATORS } from './duty-words.ts';

/** A name as a clause writes it, with where it starts. */
export interface WrittenName {
  written: string;
  start: number;
}

/** A list of names read from a clause: the names, where the list ends, and whether names were glued together. */
export interface NameList {
  names: WrittenName[];
  end: number;
  /** Names followed each other with no separator (区人社局区医保局). */
  glued: boolean;
}

const PUNCTUATION_SEPARATORS = new Set([...NAME_SEPARATORS].filter((s) => !WORD_SEPARATORS.has(s)));
/** Runs longer than this are prose, never a list of names. */
const MAX_RUN = 100;
const ETC = '等';
/** A short bracketed word inside or closing a name: 各县(市)区人民政府, 各乡镇（街道）, 各街办(新区). */
const INNER_BRACKETS = /^[(（](\p{Script=Han}{1,4})[)）](?=\p{Script=Han}|[、，,；;\]）)】〕]|$)/u;

/**
 * Read the list of departments starting at `text[at]`: names separated by 、，, 及 和 与, or by
 * nothing at all when the separators were lost, optionally closed by `等` + a collective actor.
 * A name is one the vocabulary lists, or any run of the form prefix + stem + suffix
 * (区政务服务局, 规划河东分局, 商务厅), or a collective actor (各街道). Returns null when no
 * name starts here.
 *
 * readNameList('区人社局区医保局各乡镇(街道)按职责分工负责', 0, vocab)
 *   -> { names: [区人社局, 区医保局, 各乡镇(街道)], end: 15, glued: true }
 */
export function readNameList(text: string, at: number, vocabulary: DepartmentVocabulary, loose = false): NameList | null {
  const names: WrittenName[] = [];
  let glued = false;
  let pos = at;
  for (;;) {
    const end = runEnd(text, pos, vocabulary);
    const parsed = end - pos <= MAX_RUN ? splitRun(text.slice(pos, end), vocabulary, loose) : null;
    if (!parsed) break;
    names.push(...parsed.pieces.map((p) => ({ written: p.written, start: pos + p.start })));
    glued ||= parsed.glued > 0;
    pos = end;
    if (PUNCTUATION_SEPARATORS.has(text[pos] ?? '') && startsName(text, pos + 1, vocabulary, loose)) {
      pos += 1;
      continue;
    }
    if (text[pos] === ETC) {
      const generic = vocabulary.matchAt(text, pos + 1);
      if (generic && generic.entry.kind === 'generic') {
        names.push({ written: generic.written, start: pos + 1 });
        pos += 1 + generic.written.length;
      } else {
        const absorbed = ABSORBED_AFTER_ETC.find((w) => text.startsWith(w, pos + 1));
        if (absorbed) pos += 1 + absorbed.length;
      }
    }
    break;
  }
  return names.length > 0 ? { names, end: pos, glued } : null;
}

/** Whether a list can go on at `text[at]`: a name starts there. */
function startsName(text: string, at: number, vocabulary: DepartmentVocabulary, loose: boolean): boolean {
  const end = runEnd(text, at, vocabulary);
  return end > at && end - at <= MAX_RUN && splitRun(text.slice(at, end), vocabulary, loose) !== null;
}

/** Where a run of name characters starting at `at` ends: before punctuation, a verb, a label or 等 (a listed name may hold brackets). */
function runEnd(text: string, at: number, vocabulary: DepartmentVocabulary): number {
  let pos = at;
  while (pos < text.length) {
    const listed = vocabulary.matchAt(text, pos);
    if (listed && /[()（）]/.test(listed.written)) {
      pos += listed.written.length;
      continue;
    }
    const inner = INNER_BRACKETS.exec(text.slice(pos, pos + 8));
    if (inner && pos > at && !verbAt(inner[1]!, 0)) {
      pos += inner[0].length;
      continue;
    }
    if (!/\p{Script=Han}/u.test(text[pos]!) || text[pos] === ETC || verbAt(text, pos) || labelAt(text, pos)) break;
    pos++;
  }
  return pos;
}

interface Split {
  pieces: { written: string; start: number }[];
  glued: number;
}

/**
 * Split a run into names. A boundary is a 和/及/与 between two names, or, where separators were
 * lost, a place where the next name starts with a level prefix (区, 市…), 各, or a listed name.
 * The reading with the most names wins (fewest glued boundaries on a tie), so that
 * 区教育局和区财政局 is two bodies while 区文化和旅游局 and 区委网信办 stay one.
 */
function splitRun(run: string, vocabulary: DepartmentVocabulary, loose: boolean): Split | null {
  const n = run.length;
  if (n === 0) return null;
  const best: (Split | null)[] = new Array(n + 1).fill(null);
  best[n] = { pieces: [], glued: 0 };
  for (let i = n - 1; i >= 0; i--) {
    let choice: Split | null = null;
    for (let j = i + 2; j <= n; j++) {
      const piece = run.slice(i, j);
      if (!isName(piece, vocabulary, loose)) continue;
      const candidates: Split[] = [];
      if (j === n) candidates.push({ pieces: [{ written: piece, start: i }], glued: 0 });
      else {
        const afterWord = WORD_SEPARATORS.has(run[j]!) ? best[j + 1] : null;
        // 和/及/与 divide only names that stand on their own (区教育局和区财政局, never 区发展|改革局).
        const strictPair = afterWord && afterWord.pieces.length > 0 && isName(piece, vocabulary, false) && isName(afterWord.pieces[0]!.written, vocabulary, false);
        if (afterWord && strictPair) candidates.push({ pieces: [{ written: piece, start: i }, ...afterWord.pieces], glued: afterWord.glued });
        const rest = run.slice(j);
        const gluedRest = best[j];
        const endsBody = vocabulary.spelled(piece) !== null || hasBodyForm(piece);
        if (endsBody && gluedRest && gluedRest.pieces.length > 0 && (levelPrefix(rest) || rest.startsWith('各') || vocabulary.matchAt(rest, 0))) {
          candidates.push({ pieces: [{ written: piece, start: i }, ...gluedRest.pieces], glued: gluedRest.glued + 1 });
        }
      }
      for (const c of candidates) {
        if (!choice || c.pieces.length > choice.pieces.length || (c.pieces.length === choice.pieces.length && c.glued < choice.glued)) choice = c;
      }
    }
    best[i] = choice;
  }
  return best[0] ?? null;
}

/**
 * Whether a piece is a name: listed, collective, or of a body's form. After a label
 * (`责任单位：…`) the text says outright that it lists units, so any short run of Han
 * characters is one (区疫情防控指挥部成员单位, 全区经济运行各专班).
 */
function isName(piece: string, vocabulary: DepartmentVocabulary, loose: boolean): boolean {
  if (vocabulary.spelled(piece)) return true;
  const bare = piece.replace(/[(（]\p{Script=Han}{1,4}[)）]/gu, '');
  return isGenericForm(bare) || hasBodyForm(bare) || (loose && isLabelledUnit(bare));
}
