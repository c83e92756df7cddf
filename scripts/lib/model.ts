/**
 * The typed model of one published notice. Everything the site shows and every export is
 * derived from this object; nothing downstream reads the raw text again.
 *
 * Fidelity invariant (tested): for every block of official text, the parts stored here join
 * back to the exact characters of the source line they came from. The parser only *labels*
 * the text (titles, responsibility clauses, damage); it never rewrites a character.
 */

/** Where a piece of the model came from, for error messages and citations. */
export interface SourceRef {
  /** 1-based line number in the notice file. */
  line: number;
}

/** One row of the metadata block (名称, 索引号 …) as the original page lists it. */
export interface MetadataField extends SourceRef {
  /** Stable key, e.g. `documentNumber`. */
  key: MetadataKey;
  /** The label with its padding removed, e.g. `发文字号`. */
  label: string;
  /** The value exactly as published; `null` when the original page left it empty. */
  value: string | null;
}

/** Canonical metadata fields; the label vocabulary is scripts/data/metadata-labels.json. */
export type MetadataKey =
  | 'name'
  | 'indexNumber'
  | 'issuer'
  | 'documentNumber'
  | 'subject'
  | 'writtenDate'
  | 'issuedDate'
  | 'effectiveDate'
  | 'validity'
  | 'source'
  | 'keywords';

/** A kind of damage the extraction did to the text. The text itself is kept as published. */
export type DamageKind =
  | 'clause-open-bracket-missing'
  | 'clause-close-bracket-missing'
  | 'clause-separator-missing'
  | 'clause-verb-missing'
  | 'clause-verb-repeated'
  | 'department-prefix-missing'
  | 'title-stop-missing'
  | 'date-digits-run-together'
  | 'number-range-run-together'
  | 'bracket-unbalanced'
  | 'quote-unbalanced'
  | 'date-incomplete'
  | 'line-breaks-lost'
  | 'html-markup'
  | 'whitespace-only-lines'
  | 'indented-lines'
  | 'metadata-duplicate'
  | 'numbering-irregular';

/** A spot where the source text looks damaged, reported by the parser and shown in the build summary. */
export interface Damage extends SourceRef {
  kind: DamageKind;
  /** The exact characters concerned, as they stand in the source. */
  text: string;
  /** A human sentence (Chinese) describing the problem. */
  note: string;
}

/** What a clause makes a department do: lead (牵头), be responsible (负责, 责任单位), or cooperate (配合). */
export type DutyRole = 'lead' | 'responsible' | 'cooperating';

/** A department or actor named in a responsibility clause. */
export interface DepartmentRef {
  /** The department's id within the notice (see DepartmentSummary.id), e.g. `minzheng`. */
  id: string;
  /** The name as written in the clause, e.g. `区民政局`. */
  name: string;
  role: DutyRole;
}

/**
 * A correction as it stands in the text: the published characters, what replaces them, and
 * the id of the entry in the notice's corrections file. For an `uncertain` spot the text is
 * kept (`corrected` equals `original`) and only marked.
 */
export interface CorrectionPiece {
  correction: string;
  original: string;
  corrected: string;
  status: CorrectionStatus;
}

/** Text with corrections applied: plain strings and corrections, in order. */
export type Piece = string | CorrectionPiece;

/** A run of ordinary text inside a paragraph. */
export interface TextSegment {
  kind: 'text';
  /** The text as published. */
  text: string;
  /** The text with corrections, when any apply (joins to `text` when read with `original`). */
  pieces?: Piece[];
}

/**
 * A responsibility clause, e.g. `(区教育局、区财政局按职责分工负责)`. `text` is the clause
 * exactly as published (brackets included where present), so the paragraph still joins back
 * to the source.
 */
export interface ResponsibilitySegment {
  kind: 'responsibility';
  text: string;
  /** The clause with corrections, when any apply (e.g. restored brackets). */
  pieces?: Piece[];
  /** The departments in the order the clause names them, each with its role. */
  departments: DepartmentRef[];
  /** The verb closing the clause (`按职责分工负责`, `配合`), or null for a labelled clause (责任单位：…) or one that names departments only. */
  verb: string | null;
  /** `verbal` (A牵头，B配合), `labelled` (牵头单位：A；责任单位：B), or `list` (names only: the verb was lost). */
  form: ClauseForm;
  /** Other words inside the clause's brackets (a deadline, a remark), or null. */
  note: string | null;
  /** For a clause standing as a paragraph of its own (责任单位：…), the id of the paragraph holding its task; null when the task is the measure's heading. Absent for a clause inside its task's paragraph. */
  covers?: string | null;
  /** Stable id, e.g. `m03-p1-r2`: the second clause of paragraph m03-p1. */
  id: string;
}

export type ClauseForm = 'verbal' | 'labelled' | 'list';

export type Segment = TextSegment | ResponsibilitySegment;

/** A paragraph of official text, with a stable id for citation. */
export interface Paragraph extends SourceRef {
  /** Stable id, e.g. `m12-p3`, `cover-p1`, `preamble-p1`. */
  id: string;
  /** Title of a sub-item that opens the paragraph (`基本公共教育`), without its full stop. */
  heading: string | null;
  /** The character that ended the heading in the source (`。`). */
  headingTerminator: string | null;
  /** The paragraph body (after the heading), split into text and responsibility clauses. */
  segments: Segment[];
  /** For a numbered item below the measure level (`1.`, `（1）`, `①`) or a dash-led item (`——`): its marker. */
  item?: ItemMarker;
}

/** The numbering of an item below the measure level, as written. */
export interface ItemMarker {
  /** The marker exactly as published, spacing included: `1.`, `1 .`, `（1）`, `①`, `——`. */
  marker: string;
  style: NumberingStyle;
  /** The number it stands for (0 for dash-led items). */
  number: number;
  /** Depth below the measure: 1 for the first level of items. */
  level: number;
}

/**
 * Numbering styles of Chinese official documents, outermost first (GB/T 9704 order): 第一章,
 * 第一条, 一、, （一）, 1., （1）, ①. `dash` is an unnumbered item led by ——.
 */
export type NumberingStyle = 'zhang' | 'tiao' | 'han' | 'paren-han' | 'arabic' | 'paren-arabic' | 'circled' | 'dash';

/** One numbered measure, (一) … (二十九). */
export interface Measure extends SourceRef {
  /** 1-based number, parsed from the Chinese numeral. */
  number: number;
  /** The numeral as written, e.g. `二十九`. */
  numeral: string;
  /** Stable id, `m01` … `m29`. */
  id: string;
  /** Title without its terminating full stop, e.g. `强化基本公共服务保障`. */
  title: string;
  /** `。` as published, or null where the source lost it (the split was inferred). */
  titleTerminator: string | null;
  /** Number of the chapter this measure belongs to, or null in a document with one outline level. */
  chapter: number | null;
  /** The numbering style (`paren-han` for (一)); the label shown is derived from it and the numeral. */
  style: NumberingStyle;
  /** The marker exactly as published, e.g. `(一)` with ASCII brackets, `1 .`. */
  marker: string;
  paragraphs: Paragraph[];
}

/** One chapter, 一、 … 九、. */
export interface Chapter extends SourceRef {
  number: number;
  numeral: string;
  /** Stable id, `c1` … `c9`. */
  id: string;
  title: string;
  /** The character that ended the title when the body follows on the same line (`。`), else null. */
  titleTerminator: string | null;
  style: NumberingStyle;
  /** The marker exactly as published, e.g. `一、`, `第一章 `. */
  marker: string;
  /** Text standing directly under the chapter heading (总体目标, 指导思想…), ids `c1-p1`…. */
  paragraphs: Paragraph[];
  /** Numbers of the measures in this chapter, in order. */
  measures: number[];
}

/** A line near a title that is not the title: a red header, the document number, a date. */
export interface MastheadLine extends SourceRef {
  kind: 'red-header' | 'document-number' | 'date' | 'issuer' | 'attachment' | 'title-repeat';
  text: string;
}

/** The covering letter (通知) that issues a plan, or whose own body is the text. */
export interface CoverNotice {
  /** The title joined from its source lines. */
  title: string;
  /** The title as the source breaks it over lines. */
  titleLines: string[];
  /** Red header, document number and similar lines around the title. */
  masthead: MastheadLine[];
  /** 各乡镇人民政府和街道办事处,各有关单位: as published. */
  addressees: string;
  body: Paragraph[];
  /** The issuing office in the signature, or null where the signature has none. */
  issuer: string | null;
  /** The date under the signature, exactly as published (may be damaged), or null. */
  date: string | null;
  /** The date with corrections, when any apply. */
  datePieces?: Piece[];
  /** (此件主动公开), or null if absent. */
  publicationNote: string | null;
  line: number;
}

/** Kinds of page chrome (scripts/data/page-chrome.json), plus `page-title`: the title as the page header printed it. */
export type ChromeKind = 'header' | 'toolbar' | 'today' | 'visits' | 'print' | 'navigation' | 'breadcrumb' | 'footer' | 'page-title';

/** Page chrome scraped along with the text: kept for the record, never shown as body text. */
export interface PageChrome {
  /** First line: the site name and the date the page was displayed, verbatim. */
  header: string;
  /** The site name at the start of the header line, e.g. `天津市蓟州区人民政府`. */
  siteName: string;
  /** Words of the original page's toolbar (无障碍, 简体 | 繁体 …), verbatim. */
  toolbar: string[];
  /** The breadcrumb on the original site: the document's classification there. */
  breadcrumb: string[];
  /** Every chrome line, top and bottom, with its kind, verbatim. */
  lines: (SourceRef & { kind: ChromeKind; text: string })[];
}

/** How the parser read the document's layout, for the build summary and the open data. */
export interface Layout {
  /** How the metadata block was laid out: label and value on separate lines, `label：value` lines, several pairs a line, or none. */
  metadata: 'none' | 'label-lines' | 'inline' | 'multi-pair' | 'mixed';
  /** `cover-and-plan`: a letter issuing an attached plan; `letter`: a letter whose body is the text; `plan`: the text alone. */
  shape: 'cover-and-plan' | 'letter' | 'plan';
  /** The numbering styles of the outline, outermost first; empty when none was recognised. */
  outline: NumberingStyle[];
  /** True when no outline was recognised and the text is published as plain paragraphs. */
  plainText: boolean;
}

/** A fact about the document (title, number, issuer, date) and where it was found. */
export interface Fact {
  value: string | null;
  /** `metadata` when the metadata block gives it; otherwise the part of the document it was derived from. */
  from: 'metadata' | 'title' | 'masthead' | 'red-header' | 'signature' | 'page-title' | 'first-line' | null;
  /** For dates: the ISO date (2022-03-23), or null when the text holds no valid date. */
  iso?: string | null;
}

/** The facts every notice page shows, read from the metadata or derived from the document. */
export interface DocumentFacts {
  title: Fact;
  documentNumber: Fact;
  issuer: Fact;
  date: Fact;
}

/** A complete notice: the unit of the archive. */
export interface Notice {
  /** URL-safe slug from the seed file name, e.g. `jizhou-2022-16`. */
  slug: string;
  /** The seed file's name. */
  file: string;
  /** SHA-256 of the seed file's bytes. */
  sha256: string;
  /** How the file was decoded. */
  encoding: 'utf-8' | 'gb18030';
  /** The script the notice was published in (detected): its own text is shown in that script's pages. */
  sourceScript: 'zh-Hans' | 'zh-Hant';
  layout: Layout;
  facts: DocumentFacts;
  chrome: PageChrome;
  metadata: MetadataField[];
  /** The covering letter, or null when the document is the plan alone. */
  cover: CoverNotice | null;
  plan: {
    /** The plan's title; for a letter or a plan alone, the document's title. */
    title: string;
    line: number;
    /** Lines around the plan's title: 附件, a date, a document number. */
    masthead: MastheadLine[];
    preamble: Paragraph[];
    chapters: Chapter[];
    measures: Measure[];
    /** The signature at the end of a plan that has no covering letter, or null. */
    signature: Signature | null;
  };
  /** The government that issued the notice, from its issuer (天津市蓟州区人民政府办公室 -> 天津市蓟州区), or null. */
  jurisdiction: Jurisdiction | null;
  /** Every department named in a responsibility clause, in order of first appearance. */
  departments: DepartmentSummary[];
  /** Damage the parser noticed; the text is kept as published. */
  damage: Damage[];
  /** The reviewed corrections applied to this notice (empty when it has no corrections file). */
  corrections: Correction[];
  /** Every non-blank line of the official text (from the metadata block on), exactly as published, for the "as published" view. */
  sourceLines: { line: number; text: string }[];
}

/** A signature: the issuing office and the date, either of which may be missing. */
export interface Signature extends SourceRef {
  issuer: string | null;
  date: string | null;
}

export type CorrectionStatus = 'corrected' | 'uncertain';

/** One entry of a notice's corrections file, as applied. */
export interface Correction {
  /** Stable id, `k01`…, numbered in file order. */
  id: string;
  /** 1-based number shown to readers (校勘记 1). */
  number: number;
  /** Where: a paragraph id (`m02-p4`, `preamble-p1`, `cover-p1`) or `cover.date`. */
  place: string;
  /** The exact damaged text as published; must occur exactly once at the place. */
  original: string;
  /** The text the government meant (equal to `original` when uncertain). */
  corrected: string;
  status: CorrectionStatus;
  /** Why the text is changed or marked. */
  reason: string;
  /** What establishes the correction, or null. */
  evidence: string | null;
  /** Measure number of the place, or null for the cover notice and preamble. */
  measure: number | null;
}

/** A department with the places it is made responsible. */
export interface DepartmentSummary {
  /** Id within the notice, used in its URLs: the vocabulary's id, or one transliterated from the name (`qu-zheng-wu-fu-wu-ju`). */
  id: string;
  /** Id across an archive: the jurisdiction's id and the department's (`tianjin-jizhou/minzheng`), so that 区民政局 of two districts are two bodies. */
  uid: string;
  /** Canonical name: the vocabulary's, or the name as written with its abbreviation expanded. */
  name: string;
  kind: DepartmentKind;
  /** The government the department belongs to, or null when the notice names no issuer. */
  jurisdiction: Jurisdiction | null;
  /** Whether the reviewed vocabulary lists it; unlisted names are reported in the build summary. */
  inVocabulary: boolean;
  /** The spellings the clauses use, in order of first use. */
  spellings: string[];
  /** Each responsibility clause naming it: measure number, paragraph id, clause id and role. */
  duties: { measure: number; paragraph: string; clause: string; role: DutyRole }[];
}

/** A government by its place: 天津市蓟州区 is `tianjin-jizhou`, level district. */
export interface Jurisdiction {
  id: string;
  name: string;
  level: JurisdictionLevel;
}

export type JurisdictionLevel = 'provincial' | 'municipal' | 'district' | 'county' | 'township';

export type DepartmentKind = JurisdictionLevel | 'municipal-branch' | 'other' | 'generic';
