import { NoticeError } from '../errors.ts';
import type { Chapter, Damage, Measure, Paragraph, Segment } from '../model.ts';
import type { Block, BlockCursor } from './blocks.ts';
import type { DepartmentVocabulary } from './department-vocabulary.ts';
import { detectTextDamage } from './detect-damage.ts';
import { matchChapterHeading, matchMeasureHeading } from './headings.ts';
import { splitMeasureTitle, type TitleEvidence } from './measure-title.ts';
import { findResponsibilityClauses } from './responsibility-clauses.ts';

/** Sub-item titles inside a measure (`基本公共教育。`) are short phrases without punctuation. */
const MAX_SUBITEM_TITLE = 12;

const CLAUSE_DAMAGE_NOTES: Record<string, string> = {
  'clause-open-bracket-missing': '责任单位括注缺少左括号',
  'clause-close-bracket-missing': '责任单位括注缺少右括号',
  'clause-separator-missing': '责任单位之间缺少顿号',
  'clause-verb-missing': '责任单位括注缺少“负责”',
  'clause-verb-repeated': '“负责”重复',
};

export interface PlanBody {
  title: string;
  line: number;
  preamble: Paragraph[];
  chapters: Chapter[];
  measures: Measure[];
}

/**
 * Read the plan that the notice issues: its title, preamble, chapters (一、…) and measures
 * ((一)…), numbered without gaps or repeats. Each measure's text is split into paragraphs,
 * sub-item headings and responsibility clauses; damage is collected, the text is never changed.
 */
export function parsePlan(cursor: BlockCursor, vocabulary: DepartmentVocabulary, evidence: TitleEvidence, damage: Damage[]): PlanBody {
  const titleBlock = cursor.next();
  if (!titleBlock || matchChapterHeading(titleBlock.text) || matchMeasureHeading(titleBlock.text)) {
    throw new NoticeError(cursor.file, titleBlock?.line ?? cursor.lastLine, '找不到方案标题 (no plan title after the cover notice)');
  }
  const preamble: Paragraph[] = [];
  const chapters: Chapter[] = [];
  const measures: Measure[] = [];

  while (!cursor.done) {
    const block = cursor.next()!;
    const chapter = matchChapterHeading(block.text);
    const measure = chapter ? null : matchMeasureHeading(block.text);
    if (chapter) {
      expectNext(cursor.file, block, '章', chapters.at(-1)?.number ?? 0, chapter.number, chapter.numeral);
      chapters.push({ number: chapter.number, numeral: chapter.numeral, id: `c${chapter.number}`, title: chapter.rest, measures: [], line: block.line });
    } else if (measure) {
      const current = chapters.at(-1);
      if (!current) throw new NoticeError(cursor.file, block.line, `措施（${measure.numeral}）出现在任何章节标题（一、…）之前 (measure before any chapter)`);
      expectNext(cursor.file, block, '项措施', measures.at(-1)?.number ?? 0, measure.number, measure.numeral);
      const split = splitMeasureTitle(measure.rest, evidence);
      if (!split) throw new NoticeError(cursor.file, block.line, `措施（${measure.numeral}）的标题找不到结尾的句号 (cannot tell where the measure title ends)`);
      if (!split.terminator) {
        damage.push({ kind: 'title-stop-missing', line: block.line, text: `${split.title}${split.body.slice(0, 4)}`, note: `措施（${measure.numeral}）标题后的句号似已丢失，标题按上下文推断为“${split.title}”` });
      }
      const id = `m${String(measure.number).padStart(2, '0')}`;
      const entry: Measure = {
        number: measure.number,
        numeral: measure.numeral,
        id,
        title: split.title,
        titleTerminator: split.terminator,
        chapter: current.number,
        paragraphs: [],
        line: block.line,
      };
      entry.paragraphs.push(toParagraph(`${id}-p1`, block.line, split.body, null, vocabulary, damage));
      measures.push(entry);
      current.measures.push(measure.number);
    } else if (measures.length > 0) {
      const owner = measures.at(-1)!;
      const sub = splitSubItem(block.text);
      owner.paragraphs.push(toParagraph(`${owner.id}-p${owner.paragraphs.length + 1}`, block.line, sub.body, sub.heading, vocabulary, damage));
    } else if (chapters.length > 0) {
      throw new NoticeError(cursor.file, block.line, '章节标题之后、第一项措施之前出现正文 (text between a chapter heading and its first measure)');
    } else {
      preamble.push(toParagraph(`preamble-p${preamble.length + 1}`, block.line, block.text, null, null, damage));
    }
  }
  if (chapters.length === 0) throw new NoticeError(cursor.file, cursor.lastLine, '方案中找不到章节标题（一、…） (the plan has no chapters)');
  const empty = chapters.find((c) => c.measures.length === 0);
  if (empty) throw new NoticeError(cursor.file, empty.line, `第${empty.numeral}章没有任何措施 (chapter has no measures)`);
  return { title: titleBlock.text, line: titleBlock.line, preamble, chapters, measures };
}

function expectNext(file: string, block: Block, unit: string, previous: number, found: number, numeral: string): void {
  if (found === previous + 1) return;
  const what = found <= previous ? `编号重复或倒退：第${numeral}${unit}出现在第${previous}${unit}之后 (duplicate numbering)` : `编号跳跃：第${previous}${unit}之后是第${numeral}${unit} (gap in numbering)`;
  throw new NoticeError(file, block.line, what);
}

/** Split a sub-item title such as `基本公共教育。` off the front of a paragraph. */
function splitSubItem(text: string): { heading: string | null; body: string } {
  const stop = text.indexOf('。');
  const candidate = text.slice(0, stop);
  if (stop > 0 && stop <= MAX_SUBITEM_TITLE && !/[\p{P}\p{S}\d]/u.test(candidate)) {
    return { heading: candidate, body: text.slice(stop + 1) };
  }
  return { heading: null, body: text };
}

function toParagraph(id: string, line: number, text: string, heading: string | null, vocabulary: DepartmentVocabulary | null, damage: Damage[]): Paragraph {
  const segments: Segment[] = [];
  const clauses = vocabulary ? findResponsibilityClauses(text, vocabulary) : [];
  let at = 0;
  clauses.forEach((clause, index) => {
    if (clause.start > at) segments.push({ kind: 'text', text: text.slice(at, clause.start) });
    const clauseText = text.slice(clause.start, clause.end);
    segments.push({ kind: 'responsibility', id: `${id}-r${index + 1}`, text: clauseText, departments: clause.departments, verb: clause.verb });
    for (const kind of clause.damage) damage.push({ kind, line, text: clauseText, note: CLAUSE_DAMAGE_NOTES[kind]! });
    at = clause.end;
  });
  if (at < text.length || segments.length === 0) segments.push({ kind: 'text', text: text.slice(at) });
  damage.push(...detectTextDamage(text, line, clauses.map((c) => [c.start, c.end] as [number, number])));
  return { id, line, heading, headingTerminator: heading ? '。' : null, segments };
}
