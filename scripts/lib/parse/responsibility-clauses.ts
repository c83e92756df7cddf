import type { DamageKind, DepartmentRef } from '../model.ts';
import type { DepartmentVocabulary } from './department-vocabulary.ts';

/** A responsibility clause found in a paragraph, by character offsets. */
export interface FoundClause {
  start: number;
  end: number;
  departments: DepartmentRef[];
  verb: string | null;
  damage: DamageKind[];
}

const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);
const SEPARATORS = new Set(['、', '，', ',']);
const VERBS = ['按职责分工负责', '负责'];
/** Characters after which a new sentence (and so an unbracketed clause) may start. */
const SENTENCE_END = new Set(['。', '；', ';', ')', '）', '！', '？']);
/** `等` + a generic actor closes a list: 区体育局等相关行业主管部门. */
const ETC = '等';

/**
 * Find the responsibility clauses in a paragraph: the departments named after a task, as in
 * `(区教育局、区财政局按职责分工负责)`. Departments are recognised against the reviewed
 * vocabulary, so clauses survive the damage this kind of scraped text has: lost brackets,
 * lost `、` between names, a lost or doubled verb. Each kind of damage is reported.
 *
 * A clause is either bracketed (an opening bracket, a department list, then a verb or the
 * closing bracket), or unbracketed, in which case it must start a sentence, end with a verb
 * and be followed by a closing bracket or the end of the paragraph, so that ordinary prose
 * such as `区发展改革委会同区有关部门…` is never taken for a clause.
 *
 * findResponsibilityClauses('加强招生管理。(区教育局负责)', vocab)
 *   -> [{ start: 7, end: 15, departments: [{ id: 'jiaoyu', name: '区教育局' }], verb: '负责', damage: [] }]
 */
export function findResponsibilityClauses(text: string, vocabulary: DepartmentVocabulary): FoundClause[] {
  const clauses: FoundClause[] = [];
  let i = 0;
  while (i < text.length) {
    const opened = OPEN.has(text[i]!);
    const atSentenceStart = i === 0 || SENTENCE_END.has(text[i - 1]!);
    const clause = opened || atSentenceStart ? readClause(text, i, opened, vocabulary) : null;
    if (clause) {
      clauses.push(clause);
      i = clause.end;
    } else {
      i++;
    }
  }
  return clauses;
}

function readClause(text: string, start: number, opened: boolean, vocabulary: DepartmentVocabulary): FoundClause | null {
  let at = opened ? start + 1 : start;
  const departments: DepartmentRef[] = [];
  const damage: DamageKind[] = [];
  for (;;) {
    const match = vocabulary.matchAt(text, at);
    if (!match) break;
    departments.push({ id: match.entry.id, name: match.written });
    at += match.written.length;
    if (SEPARATORS.has(text[at] ?? '') && vocabulary.matchAt(text, at + 1)) {
      at += 1;
    } else if (text[at] === ETC && vocabulary.matchAt(text, at + 1)?.entry.kind === 'generic') {
      at += 1;
    } else if (vocabulary.matchAt(text, at)) {
      if (!damage.includes('clause-separator-missing')) damage.push('clause-separator-missing');
    } else {
      break;
    }
  }
  if (departments.length === 0) return null;

  const verb = VERBS.find((v) => text.startsWith(v, at)) ?? null;
  if (verb) {
    at += verb.length;
    while (text.startsWith('负责', at)) {
      at += 2;
      damage.push('clause-verb-repeated');
    }
  }
  const closed = CLOSE.has(text[at] ?? '');
  if (closed) at += 1;

  if (opened) {
    if (!verb && !closed) return null;
    if (!verb) damage.push('clause-verb-missing');
    if (!closed) damage.push('clause-close-bracket-missing');
  } else {
    if (!verb || (!closed && at !== text.length)) return null;
    damage.push('clause-open-bracket-missing');
    if (!closed) damage.push('clause-close-bracket-missing');
  }
  return { start, end: at, departments, verb, damage };
}
