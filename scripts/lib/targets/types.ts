/**
 * Targets: the quantified or dated commitments of a plan, read from the model by rules
 * (see extract-targets.ts). Every number in the notice text (cover and plan) is either part of
 * a target or listed as an {@link ExcludedNumber} with a reason, so nothing is silently dropped.
 *
 * The text is read as published: damaged digits (`20212035年`, `23岁`) are not repaired
 * here; they are listed as excluded with reason `damaged-source` for a later corrections layer.
 */

/** How a quantity is bounded by the words after it: `85%以上` -> at-least. */
export type QuantityBound = 'at-least' | 'at-most' | 'about';

/** A number with its measure word or unit, e.g. `480个`, `85%以上`. */
export interface Quantity {
  /** The number as written (no unit scaling: `5万平方米` -> 5 with unit `万平方米`). */
  value: number;
  /** The measure word or unit as written: `个`, `张`, `%`, `万元` … */
  unit: string;
  /** The exact characters, qualifier included: `480个`, `85%以上`. */
  text: string;
  bound: QuantityBound | null;
  /** Offset of `text` in the target's sentence ({@link Target.text}). */
  offset: number;
}

/**
 * When a commitment is due:
 * - `by-end-of`: `2022年底`, `2022年前`, `到2025年` (done by the end of that year);
 * - `in-year`: a bare year, `2025年完成…`, `组织实施2022年…工作` (done in that year);
 * - `range`: `2022年至2025年` (over several years; `year` is the last one, `from` the first).
 */
export type DeadlineKind = 'by-end-of' | 'in-year' | 'range';

export interface Deadline {
  /** The year the commitment is due: the end of a range. */
  year: number;
  /** First year of a `range`; null otherwise. */
  from: number | null;
  /** The exact characters: `2022年底`, `2022年至2025年`. */
  text: string;
  kind: DeadlineKind;
  /** Offset of `text` in the target's sentence ({@link Target.text}). */
  offset: number;
}

/**
 * One commitment. A sentence (split at 。；) is cut into phrases at commas; each phrase with a
 * quantity is a target, and a phrase with a deadline but no quantity is a target of its own
 * (`2025年完成邦均镇中心卫生院选址新建项目`). A phrase that is only a deadline
 * (`2022年至2025年,`) dates the phrases after it in the same sentence.
 *
 * { id: 't04', measure: 1, paragraph: 'm01-p4', text: '推进区内5家…建设,新增养老床位200张。', phrase: '新增养老床位200张', action: '新增养老床位',
 *   quantities: [{ value: 200, unit: '张', text: '200张', … }], deadline: null, departments: ['minzheng', …] }
 */
export interface Target {
  /** Stable id in reading order: `t01`, `t02` … */
  id: string;
  /** Number of the measure, 1 … 29. */
  measure: number;
  /** Id of the paragraph, e.g. `m01-p2`. */
  paragraph: string;
  /** Offset of the sentence in the paragraph's full text (`paragraphText`, heading included). */
  offset: number;
  /** The sentence as published, exactly, with its terminator when it has one. */
  text: string;
  /** The part of the sentence the target was read from (between commas), as published. */
  phrase: string;
  /** A short label made from the phrase by rules: `新增养老床位`, `老旧小区、楼房改造`. */
  action: string;
  /** The quantities of the phrase in order; empty for a dated commitment without a number. */
  quantities: Quantity[];
  deadline: Deadline | null;
  /** Id of the responsibility clause covering the sentence (`m01-p2-r1`), null if none does. */
  responsibility: string | null;
  /** Ids of the departments that clause names, in its order. */
  departments: string[];
}

/** Why a number in the notice text is not part of a target. */
export type ExclusionReason =
  /** Digits the web extraction ran together: `20212035年` (2021—2035年), `23岁的幼儿` (2～3岁). */
  | 'damaged-source'
  /** Part of a document number: `津政办发〔2022〕15号`. */
  | 'document-number'
  /** A year in the title or edition of another document: `《…标准(2021年版)》`. */
  | 'document-title-year'
  /** Another number inside a document title `《…》`. */
  | 'document-title'
  /** A number that is part of a name or grade: `4A级景区`, `5G`. */
  | 'name-like'
  /** A length of time, not an amount delivered: `15分钟健身圈`, `毕业2年内`. */
  | 'time-span'
  /** An ordinal: `第3批`. */
  | 'ordinal'
  /** A calendar date: `2022年12月17日`. */
  | 'date'
  /** A year the text looks back from: `2021年以来`. */
  | 'past-year'
  /** An age: `60岁以上`. */
  | 'age';

/** A digit run of the notice text (cover and plan) that is not part of a target. */
export interface ExcludedNumber {
  /** Where it stands: a paragraph id (`m02-p4`, `preamble-p1`, `cover-p1`), a measure or chapter id (its title), `plan-title`, `cover-date` … (see noticeTexts). */
  location: string;
  /** The measure it belongs to, or null outside the measures. */
  measure: number | null;
  /** Offset of the digit run in the location's text (for a paragraph: `paragraphText`). */
  offset: number;
  /** The digit run itself, e.g. `20212035`. */
  text: string;
  /** The characters that decided the reason, e.g. `20212035年`, `4A级`. */
  match: string;
  reason: ExclusionReason;
  /** True when the digits show damage by the extraction (the corrections layer's work list). */
  damaged: boolean;
  /** A human sentence (Chinese) explaining the reason. */
  note: string;
}
