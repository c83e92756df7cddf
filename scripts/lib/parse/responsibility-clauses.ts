import type { ClauseForm, DamageKind, DutyRole } from '../model.ts';
import type { DepartmentVocabulary } from './department-vocabulary.ts';
import { GROUP_SEPARATORS, isGenericForm, labelAt, LEADING_WORDS, levelPrefix, verbAt } from './duties/duty-words.ts';
import { readNameList, type WrittenName } from './duties/name-list.ts';

/** A department as a clause names it, with its role. */
export interface ClauseName extends WrittenName {
  role: DutyRole;
}

/** A responsibility clause found in a paragraph, by character offsets. */
export interface FoundClause {
  start: number;
  end: number;
  names: ClauseName[];
  verb: string | null;
  form: ClauseForm;
  note: string | null;
  damage: DamageKind[];
}

const CLOSE_OF: Record<string, string> = { '(': ')', '（': '）', '[': ']', '〔': '〕', '【': '】' };
const CLOSE = new Set(Object.values(CLOSE_OF));
/** Characters after which a new sentence (and so an unbracketed clause) may start. */
const SENTENCE_END = new Set(['。', '；', ';', ')', '）', '！', '？', ' ', '\u3000']);
/** What may end a clause before the note inside its brackets: `（责任单位：A。2023年底前完成）`. */
const NOTE_START = new Set(['。', '；', ';', '，', ',']);
const MAX_NOTE = 60;
const REPEATABLE = '负责';

interface Read {
  end: number;
  names: ClauseName[];
  verb: string | null;
  form: ClauseForm;
  glued: boolean;
  repeated: number;
}

/**
 * Find the responsibility clauses in a paragraph, in every form notices use:
 * - verbs: `（A、B按职责分工负责）`, `（A负责）`, `（A牵头，B、C配合）`, `A牵头负责`;
 * - labels: `（牵头单位：A；责任单位：B、C）`, `[牵头单位:…;责任单位:…]`, `〔责任单位：A〕`, or a
 *   paragraph of its own such as `责任单位：区发展和改革局`;
 * - with an extra sentence inside the brackets kept as the clause's note.
 * Names are recognised by their form, not only by the vocabulary (see name-list.ts). Each
 * department gets the role of its verb or label (lead, responsible, cooperating).
 *
 * A clause is bracketed (brackets, names, then a verb or label), or unbracketed, in which case
 * it must start a sentence and end the paragraph (or meet a closing bracket), so that prose such
 * as `区发展改革委会同区有关部门…` or `区教育局负责组织…` is never taken for a clause. Brackets
 * holding names alone count only when the vocabulary lists every name (`（经营场所）` never does).
 * Damage is reported: lost brackets, lost separators, a lost or doubled verb.
 *
 * findResponsibilityClauses('加强招生管理。（区政务服务局牵头，区发改局配合）', vocab)
 *   -> [{ start: 7, end: 23, names: [{ written: '区政务服务局', role: 'lead' }, { written: '区发改局', role: 'cooperating' }], verb: '配合', form: 'verbal', … }]
 */
export function findResponsibilityClauses(text: string, vocabulary: DepartmentVocabulary): FoundClause[] {
  const clauses: FoundClause[] = [];
  let i = 0;
  while (i < text.length) {
    const close = CLOSE_OF[text[i]!];
    const atSentenceStart = i === 0 || SENTENCE_END.has(text[i - 1]!);
    const clause = close ? readBracketed(text, i, vocabulary) : atSentenceStart ? readUnbracketed(text, i, vocabulary) : null;
    if (clause) {
      clauses.push(clause);
      i = clause.end;
    } else {
      i++;
    }
  }
  return clauses;
}

function readBracketed(text: string, start: number, vocabulary: DepartmentVocabulary): FoundClause | null {
  const read = readLabelled(text, start + 1, vocabulary) ?? readVerbal(text, start + 1, vocabulary);
  if (!read) return null;
  const damage = bodyDamage(read);
  let at = read.end;
  let note: string | null = null;
  if (CLOSE.has(text[at] ?? '')) {
    at += 1;
  } else if (read.form !== 'list' && NOTE_START.has(text[at] ?? '') && noteEnd(text, at + 1) !== null) {
    const closeAt = noteEnd(text, at + 1)!;
    note = text.slice(at + 1, closeAt);
    at = closeAt + 1;
  } else if (read.form === 'list') {
    return null;
  } else {
    damage.push('clause-close-bracket-missing');
  }
  if (read.form === 'list') {
    if (!read.names.every((n) => vocabulary.spelled(n.written))) return null;
    damage.push('clause-verb-missing');
  }
  return { start, end: at, names: read.names, verb: read.verb, form: read.form, note, damage };
}

function readUnbracketed(text: string, start: number, vocabulary: DepartmentVocabulary): FoundClause | null {
  const labelled = readLabelled(text, start, vocabulary);
  const read = labelled ?? readVerbal(text, start, vocabulary);
  if (!read || read.form === 'list') return null;
  // Without brackets or a label, only names that are plainly bodies (listed, with a level prefix, or collective) make a clause.
  // The first may have lost its prefix with the bracket (发改委、区教育局…负责).
  const plain = (n: ClauseName, i: number) => vocabulary.spelled(n.written) || levelPrefix(n.written) || isGenericForm(n.written) || (i === 0 && vocabulary.knowsWithPrefix(n.written));
  if (!labelled && !read.names.every(plain)) return null;
  const damage = bodyDamage(read);
  let at = read.end;
  if (CLOSE.has(text[at] ?? '')) {
    at += 1;
    damage.push('clause-open-bracket-missing');
  } else if (labelled && /^[。；;]?$/.test(text.slice(at))) {
    // 责任单位：A — a clause in its own right, where the notice writes duties this way.
  } else if (at === text.length) {
    damage.push('clause-open-bracket-missing', 'clause-close-bracket-missing');
  } else {
    return null;
  }
  return { start, end: at, names: read.names, verb: read.verb, form: read.form, note: null, damage };
}

function bodyDamage(read: Read): DamageKind[] {
  const damage: DamageKind[] = [];
  if (read.glued) damage.push('clause-separator-missing');
  for (let i = 0; i < read.repeated; i++) damage.push('clause-verb-repeated');
  return damage;
}

/** The closing bracket of a note (text with no bracket of its own, not too long), or null. */
function noteEnd(text: string, from: number): number | null {
  for (let i = from; i < text.length && i - from <= MAX_NOTE; i++) {
    if (CLOSE.has(text[i]!)) return i > from ? i : null;
    if (CLOSE_OF[text[i]!]) return null;
  }
  return null;
}

/** Groups of names each closed by a verb: `A牵头，B、C配合`; names with no verb at all are a `list`. */
function readVerbal(text: string, start: number, vocabulary: DepartmentVocabulary): Read | null {
  const leading = LEADING_WORDS.find((w) => text.startsWith(w, start));
  let at = leading && readNameList(text, start + leading.length, vocabulary) ? start + leading.length : start;
  const names: ClauseName[] = [];
  let verb: string | null = null;
  let glued = false;
  let repeated = 0;
  for (;;) {
    const list = readNameList(text, at, vocabulary);
    if (!list) break;
    const found = verbAt(text, list.end);
    if (!found) {
      if (names.length > 0) break;
      return { end: list.end, names: list.names.map((n) => ({ ...n, role: 'responsible' })), verb: null, form: 'list', glued: list.glued, repeated: 0 };
    }
    names.push(...list.names.map((n) => ({ ...n, role: found.role })));
    glued ||= list.glued;
    verb = found.word;
    at = list.end + found.word.length;
    while (text.startsWith(REPEATABLE, at) && found.word.endsWith(REPEATABLE)) {
      at += REPEATABLE.length;
      repeated++;
    }
    if (!(GROUP_SEPARATORS.has(text[at] ?? '') && groupFollows(text, at + 1, vocabulary))) break;
    at += 1;
  }
  return names.length > 0 ? { end: at, names: unique(names), verb, form: 'verbal', glued, repeated } : null;
}

/** Whether names and a verb follow at `at` (another group of the same clause). */
function groupFollows(text: string, at: number, vocabulary: DepartmentVocabulary): boolean {
  const list = readNameList(text, at, vocabulary);
  return list !== null && verbAt(text, list.end) !== null;
}

/** Label-and-list pairs: `牵头单位：A；责任单位：B、C`. */
function readLabelled(text: string, start: number, vocabulary: DepartmentVocabulary): Read | null {
  const names: ClauseName[] = [];
  let at = start;
  let end = start;
  let glued = false;
  for (;;) {
    const label = labelAt(text, at);
    const colon = label ? at + label.word.length : -1;
    if (!label || !/^[：:]/.test(text.slice(colon, colon + 1))) break;
    const list = readNameList(text, colon + 1, vocabulary, true);
    if (!list) break;
    names.push(...list.names.map((n) => ({ ...n, role: label.role })));
    glued ||= list.glued;
    end = list.end;
    const next = end + 1;
    if (!(/[，,；;。 \u3000]/.test(text[end] ?? '') && labelAt(text, next))) break;
    at = next;
  }
  return names.length > 0 ? { end, names: unique(names), verb: null, form: 'labelled', glued, repeated: 0 } : null;
}

/** A department named twice in one clause keeps its first role (the lead, as clauses name it first). */
function unique(names: ClauseName[]): ClauseName[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.written) && seen.add(n.written));
}
